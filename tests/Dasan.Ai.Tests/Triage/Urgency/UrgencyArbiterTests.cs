using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>How the two learned models overrule the lexicon (ADR 0109): a veto needs both, either alone all but sure
/// raises a text, a firm lexicon high is exempt, and a long text is never vetoed.</summary>
public sealed class UrgencyArbiterTests
{
    private static readonly UrgencyThresholds Shipped = new(
        UrgencyArbiter.PromoteAt, UrgencyArbiter.VetoBelow, UrgencyArbiter.PromoteHighAt, UrgencyArbiter.PromoteFramedAt, UrgencyArbiter.PromoteEitherAt);

    private static readonly UrgencyAssessment Sinkhole = new(Level.Critical, "싱크홀·지반 침하: 싱크홀이 생겼어요", ["싱크홀·지반 침하"], 0.9);

    private static readonly UrgencyAssessment Nothing = new(Level.Normal, null, [], 0.85);

    [Fact]
    public void Decide_WhenOnlyOneModelSeesNoDanger_KeepsTheLexiconCritical()
    {
        // The gold-set sinkhole: the linear model 7 %, the subword model 0 %; their blend (3.5 %) is under the veto bar.
        var result = UrgencyArbiter.Decide(Sinkhole, new UrgencyReading(0.035, 0.07, 0.07), settled: false, framed: false, vetoBarred: false, Shipped);

        Assert.Equal(Level.Critical, result.Level);
    }

    [Fact]
    public void Decide_WhenBothModelsSeeNoDanger_LowersTheLexiconCriticalToHighAndSaysWhy()
    {
        var result = UrgencyArbiter.Decide(Sinkhole, new UrgencyReading(0.01, 0.02, 0.02), settled: false, framed: false, vetoBarred: false, Shipped);

        Assert.Equal(Level.High, result.Level);
        Assert.Contains("AI 모델은 지금 위급한 상황이 아니라고 판단", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenTheVetoIsBarred_KeepsTheLexiconCritical() =>
        Assert.Equal(Level.Critical, UrgencyArbiter.Decide(Sinkhole, new UrgencyReading(0, 0, 0), false, false, vetoBarred: true, Shipped).Level);

    [Fact]
    public void Decide_WhenOneModelIsAllButSureAndTheBlendIsNot_RaisesToCriticalWithThatModelsFigure()
    {
        // One model 92 %, the other 0 %: the blend, 46 %, would be under a bar of 60 % (the shipped bar before ADR 0108's
        // writers I and J); the thresholds are given here so the test does not follow the shipped bar.
        var result = UrgencyArbiter.Decide(Nothing, new UrgencyReading(0.46, 0.92, 0.92), false, false, false, Shipped with { PromoteAt = 0.6 });

        Assert.Equal(Level.Critical, result.Level);
        Assert.Contains("92", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenNeitherModelReachesItsBar_KeepsTheLexiconReading() =>
        Assert.Equal(Level.Normal, UrgencyArbiter.Decide(Nothing, new UrgencyReading(UrgencyArbiter.PromoteAt - 0.01, 0.85, 0.85), false, false, false, Shipped).Level);

    [Fact]
    public void Decide_WhenTheLexiconHighIsFirm_OneSureModelDoesNotRaiseIt()
    {
        var burning = new UrgencyAssessment(Level.High, "불법 소각: 비닐을 태워서", ["불법 소각"], 0.8);
        var firm = Shipped with { PromoteHighAt = UrgencyArbiter.PromoteFirmAt, PromoteEitherAt = double.PositiveInfinity };

        Assert.Equal(Level.High, UrgencyArbiter.Decide(burning, new UrgencyReading(0.7, 0.99, 0.99), false, false, false, firm).Level);
    }

    [Fact]
    public void Assess_WhenADangerEndsAVeryLongLetter_StaysCritical()
    {
        // The models average a text's features: 20,000 characters of parking complaint dilute the fire at the end to 0 %.
        var complaint = string.Concat(Enumerable.Repeat("매일 밤 골목에 주차된 차 때문에 통행이 어렵습니다. 단속을 부탁드립니다. ", 400));
        var result = new UrgencyClassifier().Assess("주차 민원", complaint + "그리고 지금 복도에 연기가 가득하고 불이 난 것 같아요");

        Assert.Equal(Level.Critical, result.Level);
    }

    [Theory]
    [InlineData("사거리 앞 도로에 싱크홀이 생겼어요 차가 빠질 것 같아요")]
    [InlineData("싱크홀이 생겼어요 차가 빠질 것 같아요 아직 다친 사람은 없어요")]
    [InlineData("학교 앞 공사장 축대가 무너지려고 해요 애들 지나다니는 길이에요")]
    public void Assess_WhenTheTextSaysTheHazardIsAboutToHurt_IsCritical(string text) =>
        Assert.Equal(Level.Critical, new UrgencyClassifier().Assess(text).Level);

    [Fact]
    public void Assess_WhenTheImminenceRuleIsOff_BothModelsVetoTheWorriedSinkhole()
    {
        // Both models read "차가 빠질 것 같아요" as worry (under 5 %): only the rule keeps it critical.
        const string Text = "사거리 앞 도로에 싱크홀이 생겼어요 차가 빠질 것 같아요";

        Assert.NotEqual(Level.Critical, new UrgencyClassifier { ImminentHarmBarsVeto = false }.Assess(Text).Level);
    }
}
