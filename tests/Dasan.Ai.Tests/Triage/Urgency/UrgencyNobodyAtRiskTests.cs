using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// A collapse, flood, live wire or someone shut in a lift that the text says endangers nobody is high, not a 119 call;
/// fire, gas and people under or caught in something stay critical; a question about whether anyone is there is no such statement. Also the substring and
/// question frames found in the training writers' false alarms (ADR 0108). Sentences written for this test.
/// </summary>
public sealed class UrgencyNobodyAtRiskTests
{
    private static readonly UrgencyClassifier Classifier = new();

    [Theory]
    [InlineData("공사장 가림막이 바람에 무너졌는데 다친 사람은 없어요 오늘 중으로 치워 주세요")]
    [InlineData("빈 창고 지붕이 내려앉았어요 안에 아무도 없어요")]
    [InlineData("전봇대가 차에 받혀 기울었어요 다친 사람 없고 전선은 멀쩡해요")]
    [InlineData("아파트 엘리베이터에 갇혔어요 다친 사람은 없고 관리실에서 업체 부른대요")]
    [InlineData("택배 배달하다 승강기에 갇혔는데 몸은 멀쩡해요 수리 기사 언제 와요")]
    public void Assess_WhenAStructureEndangersNobody_ReturnsHigh(string text)
    {
        var result = Classifier.Assess(text);

        Assert.Equal(Level.High, result.Level);
        Assert.Contains("없음", result.Reason);
    }

    [Theory]
    [InlineData("빈 집에서 불이 났어요 사람은 없어요")]
    [InlineData("건물 외벽이 무너져서 사람이 깔렸어요 다른 사람은 안 다쳤어요")]
    [InlineData("엘리베이터에 갇혔는데 다친 사람은 없어요 근데 아이가 숨이 막힌다고 울어요")]
    [InlineData("엘리베이터가 내려앉으면서 사람이 깔렸어요 밖에 있던 사람은 다친 사람 없어요")]
    [InlineData("엘리베이터에 갇혔어요 다친 사람은 없는데 빨리 좀 꺼내주세요 너무 더워요")]
    [InlineData("지하주차장에 물이 허리까지 찼는데 안에 아무도 없는지 모르겠어요")]
    [InlineData("전선이 끊어져 인도에 늘어져 있는데 다친 사람은 없어요 애들 학교 끝날 시간이에요")] // the model reads "nobody hurt" as safe
    public void Assess_WhenFirePeopleTrappedOrNobodyIsOnlyAsked_StaysCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("모르는 남자가 울면서 버티는 여자아이를 승합차에 억지로 태우고 떠났어요")]
    [InlineData("공사장 가설사무실 지붕이 눈에 무너졌는데 안에 두 명이 있어요")]
    public void Assess_WhenADangerSharesWordsWithALesserCue_ReturnsCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("저는 혼자 살아요 보일러가 고장났어요 고쳐주세요")]
    [InlineData("Where can I get a fire extinguisher for my shop?")]
    [InlineData("아까 사람이 쓰러졌다고 했는데 주무시던 분이었어요 신고 취소할게요")]
    public void Assess_WhenTheDangerWordIsASubstringAQuestionOrWithdrawn_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Classifier.Assess(text).Level);
}
