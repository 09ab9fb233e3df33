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
    [InlineData("옆방에서 여자분이 비명 지르면서 '살려주세요' 하고 뭐가 부서져요", "응급 환자")]
    [InlineData("옆방에서 살려주세요 소리가 들려요", "응급 환자")]
    [InlineData("기계식 주차장에서 입주민이 팔레트 사이에 몸이 끼었습니다", "고립·갇힘")]
    [InlineData("마트에서 애가 사라졌는데 누가 손잡고 데려가는 게 찍혔어요", "아동 위험")]
    [InlineData("안 아프게 죽는 방법 알려주세요", "자살·자해 위험")] // asking how is intent, not talk
    [InlineData("독거 어르신 댁 응급호출기 통화에도 응답이 없습니다", "어르신 위험")]
    [InlineData("도림천 물이 넘처서 우리집 문턱 넘어오고 있어요", "침수")]
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
    [InlineData("소상공인 살려주세요! 상인들의 비명이 들리지 않습니까")]
    [InlineData("전통시장 상인 살려주세요, 목소리를 외치고 싶습니다")]
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

    [Theory]
    [InlineData("잡초 죽는 법 있나요 제초제 문의")]
    [InlineData("노인분들 편하게 죽 드실 수 있는 급식소 있나요")]
    [InlineData("신호등 교체는 내년으로 넘어갈 것 같아요")]
    [InlineData("아이 자전거가 사라졌어요 도난신고 하고 싶어요")]
    [InlineData("통신 장애 사라졌으면 좋겠어요")]
    [InlineData("버스에 사람이 많아 몸이 껴서 불편해요 증차해 주세요")]
    [InlineData("과호흡 안 멈춰서 응급실 갔었어요 진료비 지원 되나요")]
    public void Assess_WhenEverydayWordsLookLikeTheNewRules_TheWordRulesFindNoDanger(string text) =>
        Assert.Equal(Level.Normal, Lexicon.Assess(text).Level);
}
