using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// The models read a few letters with false certainty (12345, 홍길동입니다 and 3층 at 100 % danger): a text with no danger
/// word and fewer than 12 letters is not raised by them. The shortest shouts of danger are the word rules' own, so they
/// stay critical without the models (ADR 0108, twenty-fourth session).
/// </summary>
public sealed class UrgencyShortTextTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("12345")]
    [InlineData("홍길동입니다")]
    [InlineData("3층")]
    [InlineData("1")]
    [InlineData("472번 기사님이 불친절해요")]
    [InlineData("따릉이 앱이 안 열려요")]
    [InlineData("이불이야 이거")]
    public void Assess_WhenAFewLettersNameNoDanger_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Shipped.Assess(text).Level);

    [Fact]
    public void Assess_WhenTheModelsAloneReadDangerInAFragment_RaiseItToHighOnly()
    {
        // Staff still see it first (높음); the duty desk is not paged and no call card is shown. The arbiter is given the
        // models' certainty directly: what the retrained models make of "12345" changes with every training row.
        var thresholds = new UrgencyThresholds(UrgencyArbiter.PromoteAt, UrgencyArbiter.VetoBelow, UrgencyArbiter.PromoteHighAt, UrgencyArbiter.PromoteFramedAt, UrgencyArbiter.PromoteEitherAt);
        var nothing = new UrgencyAssessment(Level.Normal, null, [], 0.85);
        var assessed = UrgencyArbiter.Decide(nothing, new UrgencyReading(1, 1, 1), settled: false, framed: false, vetoBarred: false, thresholds, fragment: true);
        Assert.Equal(Level.High, assessed.Level);
        Assert.Contains("글이 짧아", assessed.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("불이야", "화재")]
    [InlineData("애가 안 보여요", "아동 위험")]
    [InlineData("아이를 잃어버렸어요", "아동 위험")]
    [InlineData("사람 살려", "응급 환자")]
    [InlineData("애가 경기해요", "응급 환자")]
    [InlineData("지하철역에 사람 쓰러짐", "응급 환자")]
    [InlineData("옆집에서 비명 소리가 나요", "폭력·위협")]
    public void Assess_WhenAShortShoutOfDanger_IsCriticalByTheWordRulesAlone(string text, string reason)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        var shipped = Shipped.Assess(text);
        Assert.Equal(Level.Critical, shipped.Level);
        Assert.StartsWith(reason, shipped.Reason, StringComparison.Ordinal);
    }
}
