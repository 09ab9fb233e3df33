using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// The catalog's everyday requests are in the models' training (ADR 0108, twenty-fifth session), and the dangers the models
/// alone had carried before are word rules, so reading everyday business costs no danger.
/// </summary>
public sealed class UrgencyEverydayTrainingTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("어떻게 하면 안 아프게 죽을 수 있어요? 지금 옥상에 올라와 있어요", "자살·자해 위험")]
    [InlineData("옆방에서 여자분이 비명 지르면서 뭐가 부서지는 소리가 나요", "폭력·위협")]
    [InlineData("옆방에서 살려주세요 소리가 들려요", "응급 환자")]
    [InlineData("기계식 주차장에서 입주민이 팔레트 사이에 몸이 끼었습니다", "고립·갇힘")]
    [InlineData("마트에서 애 사라졌는데 누가 손잡고 데려가는 게 찍혔어요", "아동 위험")]
    [InlineData("독거 어르신 댁 응급호출기 통화에도 응답이 없습니다", "어르신 위험")]
    [InlineData("도림천 물이 넘처서 우리집 문턱 넘어오고 있어요", "침수")]
    [InlineData("과호흡 온 거 같은데 안 멈춰요 손발이 굳어가요", "응급 환자")]
    public void Assess_WhenADangerOnlyTheModelsHadCarried_IsCriticalByTheWordRules(string text, string reason)
    {
        var lexicon = Lexicon.Assess(text);
        Assert.Equal(Level.Critical, lexicon.Level);
        Assert.StartsWith(reason, lexicon.Reason, StringComparison.Ordinal);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("자영업자 살려주세요 재료값이 두 배가 됐어요")]
    [InlineData("소상공인 살려주세요! 정부는 목소리를 들어라")]
    [InlineData("노동자 살려주세요 최저임금 인상 부탁드립니다")]
    public void Assess_WhenATradeAsksForSupport_IsNoSuicideRisk(string text)
    {
        Assert.Equal(Level.Normal, Lexicon.Assess(text).Level);
        Assert.NotEqual(Level.Critical, Shipped.Assess(text).Level);
    }

    [Fact]
    public void TrainingRows_HoldTheCatalogsEverydayRequestsAsNormal()
    {
        var written = UrgencyModel.WrittenRows().Count;
        var everyday = OrdinaryRequests.Rows();

        Assert.True(everyday.Count > 1000, $"{everyday.Count} everyday requests");
        Assert.Equal(written + everyday.Count, UrgencyModel.TrainingRows().Count);
        Assert.All(everyday, r => Assert.Equal("normal", r.Label));
    }

    [Theory]
    [InlineData("지하철 2호선에 지갑 두고 내렸어요. 검정 반지갑이고 신분증이랑 체크카드 들어있어요")]
    [InlineData("따릉이 이용권 결제했는데 안 들어옴 휴대폰 소액결제로 1시간권 결제했어요")]
    public void Assess_WhenAnEverydayRequestTheModelsRatedCriticalBefore_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Shipped.Assess(text).Level);
}
