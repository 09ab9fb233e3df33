using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Word rules added after reading the training writers' misses (ADR 0108): a road or path that gave way (길이 꺼졌어요,
/// 아스팔트가 주저앉았어요), water coming in with no way out (물 찼어요 … 나갈 수 없어요), and gas said with a hard ㄲ (까스가
/// 새요) or as "keeps coming out", and someone who cannot move (못 움직이세요). A light or the power going out beside a road (도로 가로등이 꺼졌어요) is no ground giving
/// way. Sentences written for this test, not taken from any evaluation or training set.
/// </summary>
public sealed class UrgencyGroundWaterGasTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("시장 가는 길이 꺼졌어요 구멍이 커요", "싱크홀·지반 침하")]
    [InlineData("빌라 앞 아스팔트가 주저앉았어요 차가 못 지나가요", "싱크홀·지반 침하")]
    [InlineData("골목 차도가 폭삭 내려앉았어요", "싱크홀·지반 침하")]
    [InlineData("지하 방에 물이 찼어요 문이 안 밀려서 나갈 수가 없어요", "침수")]
    [InlineData("창문으로 빗물이 쏟아져요 할머니가 다리가 불편해서 못 나가세요", "침수")]
    [InlineData("식당 주방에서 까스가 새요 냄새가 진해요", "가스 누출")]
    [InlineData("보일러실 배관에서 가스가 계속 나와요 잠글 수가 없어요", "가스 누출")]
    [InlineData("아저씨가 자전거에서 떨어져서 못 움직여요", "응급 환자")]
    public void Assess_WhenTheGroundGivesWayWaterTrapsOrGasLeaks_IsCriticalByTheWordsAlone(string text, string category)
    {
        var result = Lexicon.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.StartsWith(category, result.Reason);
    }

    [Theory]
    [InlineData("도로 가로등이 꺼졌어요 밤에 너무 어두워요")]
    [InlineData("지하차도 조명이 다 꺼졌어요 고쳐 주세요")]
    [InlineData("정전인지 골목길 가로등도 꺼지고 신호등도 꺼졌어요")]
    [InlineData("인도 쪽 불이 다 꺼져서 무서워요")]
    public void Assess_WhenALightGoesOutBesideARoad_IsNoGroundGivingWay(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);
}
