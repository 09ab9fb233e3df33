using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Thirtieth session (ADR 0108): a vehicle on its roof or its side, someone in the house now or just broken in, and smoke
/// coming up again from a building that burned yesterday are dangers the word rules read by themselves. A fear of a
/// burglar, a car broken into last week, a film set's overturned car and a flower pot knocked over by a lorry are not.
/// </summary>
public sealed class UrgencyRolloverAndIntruderTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("도로에서 버스가 뒤집혔어요")]
    [InlineData("트럭이 전복돼서 기사가 안에 있어요")]
    [InlineData("올림픽대로에 뒤집힌 차가 있어요 사람이 있는지 모르겠어요")]
    [InlineData("a bus flipped over on the road")]
    [InlineData("the truck overturned on the highway near Jamsil")]
    [InlineData("도둑이 집에 들어와 있어요 안방에 숨어 있어요")]
    [InlineData("모르는 남자가 현관 문을 따고 들어왔어요")]
    [InlineData("someone broke into my house")]
    [InlineData("there is a burglar in my apartment, I'm hiding in the bathroom")]
    [InlineData("어제 불났던 옆 건물에서 연기가 다시 올라와요")]
    public void Assess_WhenAVehicleIsOverturnedOrSomeoneBrokeIn_IsCritical(string text)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("도둑 들까 봐 걱정돼요 방범창 설치 지원 되나요")]
    [InlineData("지난주에 누가 우리 집에 침입했었는데 경찰 조사 결과는 어디서 확인하나요")]
    [InlineData("someone broke into my car last week, where do I get the police report")]
    [InlineData("청소차가 지나가면서 화분이 뒤집혔어요 치워 주세요")]
    [InlineData("차가 뒤집혔는데 다친 사람은 없어요 견인 부탁드려요")]
    public void Assess_WhenNoOneIsAtRiskNow_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    /// <summary>
    /// A break-in said in the fewest words: the word rule raises it, and the models, which read it as a report after the
    /// fact, may hold it one step lower (at high, still the duty desk's queue) but never at normal.
    /// </summary>
    [Fact]
    public void Assess_WhenABreakInIsSaidInFewWords_IsAtLeastHigh()
    {
        const string text = "누가 우리 집에 침입했어요";
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.True(Shipped.Assess(text).Level >= Level.High);
    }

    /// <summary>A film set's overturned car told in the clause before: the word rule reads the car, the models the film.</summary>
    [Fact]
    public void Assess_WhenTheOverturnedCarIsAFilmSet_IsNotCritical() =>
        Assert.NotEqual(Level.Critical, Shipped.Assess("영화 촬영이라고 도로에 뒤집힌 차를 세워 뒀네요 통제 시간 알려주세요").Level);
}
