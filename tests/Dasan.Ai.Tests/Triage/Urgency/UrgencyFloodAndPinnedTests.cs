using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Flooding said as 범람 / 잠기다 with people still inside, someone pinned (끼어서 못 나와요) and a body caught (팔이 끼었어요) are dangers the word
/// rules read on their own; a flood with nobody inside, a past flood and a car wedged in an alley are not (ADR 0108).
/// Sentences written for this test, not taken from any evaluation set.
/// </summary>
public sealed class UrgencyFloodAndPinnedTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Classifier = new();

    [Theory]
    [InlineData("장마로 개천이 범람했는데 반지하 집 안에 할머니가 아직 계세요")]
    [InlineData("폭우로 마을이 물에 잠겼는데 요양원 어르신들이 대피를 못 하고 계세요")]
    [InlineData("The river is flooding our street right now and my neighbour is still inside")]
    public void Assess_WhenAFloodHasPeopleStillInside_IsCriticalByTheWordsAlone(string text)
    {
        var result = Lexicon.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.StartsWith("침수", result.Reason);
    }

    [Theory]
    [InlineData("트럭이랑 부딪혀서 조수석에 친구가 끼어서 못 나와요")]
    [InlineData("버스가 전봇대를 받았는데 기사님이 운전석에 끼여서 못 빠져나오세요")]
    [InlineData("아이 손이 엘리베이터 문에 끼여서 안 빠져요")]
    public void Assess_WhenSomeoneIsPinned_IsCriticalByTheWordsAlone(string text)
    {
        var result = Lexicon.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.StartsWith("고립·갇힘", result.Reason);
    }

    [Theory]
    [InlineData("엘리베이터 문에 할아버지 팔이 끼었어요 다른 데 다친 사람은 없어요")]
    [InlineData("에스컬레이터에 아이 발이 끼었어요 빨리 와주세요")]
    [InlineData("My son's hand is caught in the escalator, please hurry")]
    public void Assess_WhenABodyIsCaughtInADoorOrAMachine_IsCriticalEvenWhenNobodyElseIsHurt(string text)
    {
        var result = Classifier.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.StartsWith("고립·갇힘", result.Reason);
    }

    [Theory]
    [InlineData("지난달 엘리베이터 문에 손가락이 끼여서 치료 받았어요 보험 청구는 어떻게 하나요")]
    [InlineData("손이 끼는 사고를 막으려면 자동문에 센서를 달아 주세요")]
    public void Assess_WhenABodyWasCaughtInThePastOrItIsPrevention_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("작년 여름 하천 범람 때 침수 피해 보상 신청은 어디서 하나요")]
    [InlineData("하천이 범람할까 봐 걱정이에요 안에 계신 분들 대피 계획 있나요")]
    [InlineData("지하주차장이 물에 잠겼는데 안에 사람은 없어요")]
    [InlineData("차가 골목에 끼어서 못 나와요 주차 좀 똑바로 하라고 해주세요")]
    [InlineData("Last winter our pipes froze, flooding the whole basement. We dried it out ourselves.")]
    public void Assess_WhenNobodyIsInsideItIsPastOrAWedgedCar_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("폭우로 골목이 다 잠겼어요 배수 좀 빨리 해주세요")]
    [InlineData("하천이 범람해서 산책로가 통제됐어요 언제 열리나요")]
    public void Assess_WhenAFloodNamesNobodyInside_IsNotCriticalByTheWordsAlone(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);
}
