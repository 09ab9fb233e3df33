using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// From a fresh Korean set read as tuning (ADR 0108, twenty-ninth session): taking it all at once beside a farewell or
/// sleeping pills is a plan to die, not pills to throw away or a child's candy; a fall that nearly happened to someone
/// (넘어지실 뻔했어요) is a complaint, a tree that is about to fall (넘어질뻔 하고 있어요) is not. A symptom said in the present
/// (숨쉬기 힘들어해요) does not take the past of another clause (어제 세제를 마셨는데).
/// </summary>
public sealed class UrgencyNearlyFellAndPillsTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("나같은 늙은이 살아서 뭐하나 싶소 약 모아둔거 오늘 다 먹을거요 아들한테 미안하다고 전해주시오")]
    [InlineData("엄마가 약을 모아 놓았대요 오늘 밤에 다 먹겠다고, 찾지 말라고 문자가 왔어요")]
    [InlineData("할머니가 버스에서 넘어지셨는데 못 일어나세요")]
    [InlineData("어제 밤에 아이가 세제를 마셨는데 지금이라도 병원에 가야하나요 숨쉬기 힘들어해요")]
    public void Assess_WhenALifeIsAtRiskNow_IsCritical(string text)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("472번 버스 기사님 운전이 너무 거칠어요 급정거 때문에 할머니 넘어지실뻔 했어요")]
    [InlineData("약 모아둔거 유통기한 지나서 다 먹을 거 아니면 버리려고요")]
    [InlineData("아이가 약 모아둔 통의 사탕 다 먹겠다고 떼써요 ㅎㅎ")]
    public void Assess_WhenAFallNearlyHappenedOrPillsAreThrownAway_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);
}
