using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Dangers said quietly (ADR 0108): heart attack signs spread over several clauses, and going to the river after a
/// farewell. The word rules read them on their own; a tight chest from red tape, a trip to the river and "지금은 회복하셨어요"
/// after an old collapse are not dangers. Sentences written for this test.
/// </summary>
public sealed class UrgencyQuietSignsTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("어머니가 가슴이 답답하다고 하시고 식은땀을 흘리세요")]
    [InlineData("남편이 가슴이 조여 온다는데 왼쪽 팔이 저리대요 얼굴이 창백해요")]
    public void Assess_WhenChestTightnessComesWithHeartAttackSigns_IsCriticalByTheWordsAlone(string text)
    {
        var result = Lexicon.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.StartsWith("응급 환자", result.Reason);
    }

    [Theory]
    [InlineData("오늘 한강 가려고요 그동안 고마웠어요")]
    [InlineData("옥상 갈려고요 이제 못 버티겠어요")]
    public void Assess_WhenGoingToTheRiverOrARoofAfterAFarewell_IsCriticalByTheWordsAlone(string text)
    {
        var result = Lexicon.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.StartsWith("자살·자해 위험", result.Reason);
    }

    [Theory]
    [InlineData("민원 처리가 안 돼서 가슴이 답답해요")]
    [InlineData("짐 다 정리했어요 내일 한강 가려고요 자전거 대여소 어디예요")]
    [InlineData("이번 주말에 한강 가려고요 불꽃축제 자리 있나요")]
    public void Assess_WhenTheChestIsFigurativeOrTheTripIsATrip_IsNotCriticalByTheWordsAlone(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Fact]
    public void Assess_WhenNowIsSaidOfARecovery_TheOldCollapseIsPast() =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess("아버지가 작년에 뇌졸중으로 쓰러지셨다가 지금은 완전히 회복하셨어요 재활 지원 있나요").Level);

    [Fact]
    public void Assess_WhenNowIsSaidOfTheCollapse_ItIsHappening() =>
        Assert.Equal(Level.Critical, Lexicon.Assess("작년에도 그러시더니 아버지가 지금 쓰러지셨어요").Level);
}
