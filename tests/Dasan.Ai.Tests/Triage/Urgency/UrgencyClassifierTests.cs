using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

public sealed class UrgencyClassifierTests
{
    private static readonly UrgencyClassifier Classifier = new();

    [Theory]
    [InlineData("지금 불이 났어요")]
    [InlineData("아까부터 가스 냄새가 계속 나요")]
    [InlineData("어제부터 가스 냄새가 계속 나요")]
    [InlineData("사거리 도로가 꺼졌어요 차가 빠질 것 같아요")]
    [InlineData("엘리베이터에 갇혀 있어요")]
    [InlineData("사람이 쓰러졌어요 숨을 안 쉬어요")]
    [InlineData("옆집 혼자 사시는 할머니가 일주일째 안 보이세요 전화도 안 받으세요")]
    [InlineData("오늘 밤에 번개탄 피우려고 사놨어요")]
    [InlineData("아빠가 엄마 목조르고 있어요 빨리와주세요")]
    public void Assess_WhenDangerIsHappeningNow_ReturnsCritical(string text)
    {
        var result = Classifier.Assess(text);

        Assert.Equal(Level.Critical, result.Level);
        Assert.NotEmpty(result.Cues);
        Assert.NotNull(result.Reason);
    }

    [Theory]
    [InlineData("어제 화재가 있었는데 보상 문의드립니다")]
    [InlineData("보일러 점검 받았어요. 가스 냄새는 안 나요")]
    [InlineData("화재 예방 교육 신청")]
    [InlineData("소화기 점검 요청")]
    [InlineData("싱크홀 예방 대책을 세워 주세요")]
    [InlineData("작년 침수 피해 보상")]
    [InlineData("답이 없어서 속이 타요")]
    [InlineData("요즘 불나게 바빠요")]
    [InlineData("폭탄 세일 현수막 치워 주세요")]
    [InlineData("물가 폭등 대책")]
    [InlineData("한양도성 성곽에 낙서가 있어요 문화재인데 지워 주세요")]
    [InlineData("불조심 캠페인 포스터 어디서 받아요")]
    [InlineData("화재보험 가입 지원 문의")]
    [InlineData("아까 가스냄새 신고 취소합니다 음식물 쓰레기 냄새였어요")]
    public void Assess_WhenHazardIsPastNegatedOrTalkedAbout_ReturnsNormal(string text)
    {
        Assert.Equal(Level.Normal, Classifier.Assess(text).Level);
    }

    [Theory]
    [InlineData("3일째 단수예요")]
    [InlineData("정전됐어요 언제 복구되나요")]
    [InlineData("엘리베이터가 고장인데 15층에 거동 불편한 어르신이 사세요")]
    [InlineData("밭에서 비닐을 태워서 연기가 집으로 들어와요")]
    public void Assess_WhenHealthHazardOrOutage_ReturnsHigh(string text)
    {
        Assert.Equal(Level.High, Classifier.Assess(text).Level);
    }

    [Fact]
    public void Assess_WhenElevatorIsBrokenWithNoVulnerableResident_ReturnsNormal()
    {
        Assert.Equal(Level.Normal, Classifier.Assess("엘리베이터가 고장 났어요 수리해 주세요").Level);
    }

    [Fact]
    public void Assess_WhenTitleIsBareAndBodyIsPast_FollowsTheBody()
    {
        var result = Classifier.Assess("정전 후", "어제 정전 때문에 엘리베이터가 멈췄었는데 지금은 괜찮아요");

        Assert.Equal(Level.Normal, result.Level);
        Assert.Empty(result.Cues);
    }

    [Fact]
    public void Assess_WhenInputIsHtml_ReadsTheText()
    {
        Assert.Equal(Level.Critical, Classifier.Assess("<p>지금 <b>가스 냄새</b>가 나요</p>").Level);
    }
}
