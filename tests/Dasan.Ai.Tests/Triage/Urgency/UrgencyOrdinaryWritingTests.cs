using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Everyday texts written for the models (<c>content/urgency/ordinary-a.jsonl</c>: self-introductions, proposals, complaints
/// about staff, lost property, reactions) are in their training, and the dangers the models alone had carried before are
/// word rules (ADR 0108, twenty-sixth session).
/// </summary>
public sealed class UrgencyOrdinaryWritingTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("영등포역 광장 벤치에 노숙인 1명, 불러도 반응 없음, 호흡 여부 불확실", "응급 환자")]
    [InlineData("오토바이 넘어진 뒤 미동 없음", "응급 환자")]
    [InlineData("과호흡 온거같은데 안멈춰요 손발이 굳어가요 무서워요", "응급 환자")]
    [InlineData("아버지가 음료수병에 든 제초제를 마셨습니다 지금 구토를 하세요", "응급 환자")]
    [InlineData("방학천 둑 위로 물이 넘칩니다 골목으로 넘쳐 들어오고 있습니다", "침수")]
    [InlineData("우리 엄니 연락이 안되야 사흘째여 전화기는 울리는디", "어르신 위험")]
    [InlineData("독거 어르신 댁 문고리에 걸어 둔 우유가 다섯 개째 그대로입니다", "고독사 의심")]
    [InlineData("기저귀만 찬 아기가 혼자 사거리 차도로 걸어 나왔어요", "아동 위험")]
    [InlineData("동기가 '다음 생엔 잘 살게'라고 보내고 전화를 안 받아요", "자살·자해 위험")]
    [InlineData("택시 기사가 문 잠그고 내려 달라는데 안 세워줘요", "폭력·위협")]
    [InlineData("아이가 안에 있는데 화장실 문이 안 열려요", "고립·갇힘")]
    [InlineData("아들이 반응이 없어요", "응급 환자")]
    [InlineData("할머니가 미동조차 없으세요", "응급 환자")]
    [InlineData("아버지가 농약을 먹었대요", "응급 환자")]
    [InlineData("과호흡 안 멈춰 어떡해", "응급 환자")]
    public void Assess_WhenADangerOnlyTheModelsHadCarried_IsCriticalByTheWordRules(string text, string reason)
    {
        var lexicon = Lexicon.Assess(text);
        Assert.Equal(Level.Critical, lexicon.Level);
        Assert.StartsWith(reason, lexicon.Reason, StringComparison.Ordinal);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("앱 버튼을 눌러도 반응이 없어요")]
    [InlineData("공원 화장실 비상벨을 누르니까 아무 반응이 없었어요. 수리 부탁드려요")]
    [InlineData("유서 깊은 한옥 마을을 보존해 주세요")]
    [InlineData("농약 묻은 과일을 먹었는데 괜찮을까요")]
    [InlineData("아이가 차도로 뛰어들까 봐 걱정이에요 펜스 설치해 주세요")]
    [InlineData("우유가 유통기한 지났는데 그대로 팔아요")]
    [InlineData("다음 생엔 잘 생기게 태어나고 싶다 ㅋㅋ")]
    [InlineData("관광객이 넘쳐 들어와요 골목이 너무 시끄러워요")]
    [InlineData("어제 과호흡이 안 멈춰서 응급실 갔었어요")]
    [InlineData("난방비 고지서 보고 기절할 뻔 ㅠㅠ")]
    [InlineData("주민센터 무인택배함 문이 안 열려서 물건을 못 찾고 있어요")]
    [InlineData("지하철 역 키오스크가 반응이 없어요. 노인분들이 사람한테 물어봐야 해요.")]
    [InlineData("남편이 제 말에 반응이 없어요. 부부 상담 프로그램 있나요?")]
    [InlineData("시민 의식 개선 캠페인을 했는데 반응이 없어요.")]
    [InlineData("몇 년째 민원을 넣어도 구청은 미동도 없습니다.")]
    [InlineData("친환경 무농약 쌀을 먹었어요. 맛있네요.")]
    [InlineData("우리 강아지가 쥐약을 먹었어요. 동물병원 어디 있나요?")]
    [InlineData("반려견이 과호흡이 와서 안 멈춰요 동물병원 야간 진료 하는 곳 있나요")]
    [InlineData("오늘이 마지막 글입니다. 그동안 우리 동네 카페를 아껴주셔서 감사합니다.")]
    [InlineData("택배함 문이 안 열려요. 안에 제 택배가 있어요.")]
    [InlineData("인도에 불법주차 차량 때문에 아이들이 차도로 걸어 다녀요")]
    [InlineData("버스 기사님이 엉뚱한 길로 가서 정류장에서 못 내리게 됐어요")]
    [InlineData("경로당 어르신들 도시락이 맛이 없는지 그대로 남아요")]
    [InlineData("주말마다 하천 산책로에 자전거가 넘칩니다")]
    public void Assess_WhenEverydayWordsLookLikeTheNewRules_TheWordRulesFindNoDanger(string text) =>
        Assert.Equal(Level.Normal, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("저는 강서구에 사는 30대 직장인입니다.")]
    [InlineData("지하철에 지갑 두고 내렸어요")]
    [InlineData("담당자가 반말을 하고 소리를 질렀습니다. 사과 받고 싶어요.")]
    public void Assess_WhenEverydayTextTheModelsRatedCriticalBefore_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Shipped.Assess(text).Level);

    [Fact]
    public void TrainingRows_HoldTheWrittenEverydayTextsWithoutDangerWordsAsNormal()
    {
        var written = OrdinaryRequests.Written();

        Assert.True(written.Count > 500, $"{written.Count} written everyday texts");
        Assert.All(written, r => Assert.Equal("normal", r.Label));
        Assert.All(written, r => Assert.Null(Lexicon.Assess(r.Text).Reason));
        Assert.Equal(UrgencyModel.WrittenRows().Count + OrdinaryRequests.Rows().Count, UrgencyModel.TrainingRows().Count);
    }
}
