using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Frames the lexicon missed in the training writers' false alarms (ADR 0108, 2026-12-06): a past recalled with -던,
/// English "was fixed / was found / last week", drawings and staged scenes, "쓰러질 것 같아요" said of a person, and more
/// ways of saying nobody is at risk; each beside a danger in the same words that must stay critical. The lexicon alone
/// (no models), so the frame is what is tested. Sentences written for this test.
/// </summary>
public sealed class UrgencyFramesTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("아이가 삼켰던 동전은 다음 날 나왔어요 소아 응급실 야간 병원 목록을 받을 수 있나요")]
    [InlineData("Gas leak was fixed, thank you for the quick visit")]
    [InlineData("Missing grandmother found at the senior center, thank you all")]
    [InlineData("Last week my mother was stuck in the elevator for half an hour, please check it")]
    [InlineData("한강 다리 기둥에 물에 빠진 사람 그림이 그려져 있어요 지워 주세요")]
    [InlineData("유튜버가 한강에서 물에 빠지는 연출 영상")]
    [InlineData("이번 달 관리비 보고 쓰러질 것 같아요 산정 내역 공개해 주세요")]
    [InlineData("주민센터 계단이 높아서 다리가 후들거려 쓰러질 것 같아요 경사로 만들어 주세요")]
    public void Assess_WhenTheDangerIsOverDrawnOrAFigureOfSpeech_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("욕조에 드라이기가 빠졌는데 안에 있던 엄마가 안 움직여요")]
    [InlineData("밤새 쓰러져 계셨던 아버지가 일어나지 못하세요")]
    [InlineData("바람이 너무 세서 공사장 크레인이 넘어질 것 같아요")]
    [InlineData("My grandmother with dementia is missing since this morning")]
    [InlineData("아이가 베란다 난간에 매달려 있어요 집에 사람 없어요")]
    [InlineData("My grandmother with dementia has been missing since last week")]
    [InlineData("He fell yesterday and is still unconscious")]
    [InlineData("옹벽이 무너져 차를 덮쳤어요 주변에 도와줄 사람 없어요")]
    public void Assess_WhenTheSameWordsDescribeADangerNow_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("건물 외벽 타일이 몇 개 떨어졌어요 사람 안 맞았어요")]
    [InlineData("정류장 지붕이 눈 무게로 주저앉았어요 기다리는 승객은 없어요")]
    public void Assess_WhenAHazardIsSaidToEndangerNobody_ReturnsHigh(string text) =>
        Assert.Equal(Level.High, Lexicon.Assess(text).Level);
}
