using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// The learned model overrules the lexicon's lesser readings (ADR 0108, 2026-12-05): a cue of a lesser hazard (미끄러 as
/// road ice, 폭염 with an elder) or a critical cue read as past no longer hides a danger the model is sure of; illegal
/// burning and ordinary slips, outages and deliveries stay below critical. Sentences written for this test.
/// </summary>
public sealed class UrgencyModelOverrulesTests
{
    private static readonly UrgencyClassifier Classifier = new();

    [Theory]
    [InlineData("아버지가 욕실에서 미끄러져 머리를 부딪히셨는데 눈을 못 뜨시고 말씀을 못 하세요")]
    [InlineData("계단에서 미끄러진 할아버지가 일어나지를 못하고 숨을 몰아쉬세요")]
    [InlineData("폭염경보인데 쪽방 할머니가 땀도 안 흘리시고 헛소리를 하세요")]
    [InlineData("지하 노래방이 침수된 채로 전기가 들어와 있는데 물 퍼내던 직원이 쓰러졌어요")]
    public void Assess_WhenTheLexiconReadsALesserHazardButThePersonIsInDanger_ReturnsCritical(string text)
    {
        var result = Classifier.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.Contains("AI 모델", result.Cues);
    }

    [Theory]
    [InlineData("정전이 됐는데 어머니가 쓰시는 인공호흡기가 멈췄어요 배터리도 없대요")]
    [InlineData("재택 산소발생기가 꺼졌는데 아버지 입술이 점점 어두워져요")]
    public void Assess_WhenLifeSupportStops_ReturnsCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("밭에서 비닐을 태워서 연기가 집으로 들어와요")]
    [InlineData("빙판길에 미끄러져서 무릎이 까졌어요 인도 제설 좀 해주세요")]
    [InlineData("정전 때문에 냉장고 음식이 다 상했어요 보상 받을 수 있나요")]
    [InlineData("산소통 배달이 늦어요 남은 양은 내일까지 충분해요")]
    public void Assess_WhenTheHazardIsLesser_StaysBelowCritical(string text) =>
        Assert.NotEqual(Level.Critical, Classifier.Assess(text).Level);
}
