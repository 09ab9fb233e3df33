using Dasan.Core.Programme.Risk;
using Dasan.Core.Requests;

namespace Dasan.Core.Tests.Programme;

public sealed class RiskScorerTests
{
    private static readonly RiskQuestionnaire Q = TestQuestionnaire.Create();

    [Theory]
    [InlineData(0, 0, "I")]    // 0/20 = 0
    [InlineData(5, 0, "I")]    // 5/20 = 0.25: on the boundary, still I
    [InlineData(5, 1, "II")]   // 6/20 = 0.30
    [InlineData(10, 0, "II")]  // 10/20 = 0.50: on the boundary, still II
    [InlineData(10, 1, "III")] // 11/20 = 0.55
    [InlineData(10, 5, "III")] // 15/20 = 0.75: on the boundary, still III
    [InlineData(10, 6, "IV")]  // 16/20 = 0.80
    [InlineData(10, 10, "IV")] // 20/20 = 1
    public void Score_WhenNoDiscount_LevelsAtQuartersOfTheMaximum(int i1, int i2, string tier)
    {
        var r = RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(i1, i2, m1: 7));

        Assert.False(r.Discounted);
        Assert.Equal(i1 + i2, r.FinalScore);
        Assert.Equal(tier, r.Tier);
    }

    [Fact]
    public void Score_WhenMitigationReachesEightyPercent_DiscountsFifteenPercent()
    {
        // raw 12 (0.60, III) × 0.85 = 10.2 → 0.51, still III; raw 11 × 0.85 = 9.35 → 0.4675, II
        var twelve = RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(10, 2, m1: 8));
        var eleven = RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(10, 1, m1: 8));

        Assert.True(twelve.Discounted);
        Assert.Equal(10.2, twelve.FinalScore);
        Assert.Equal("III", twelve.Tier);
        Assert.Equal(9.35, eleven.FinalScore);
        Assert.Equal("II", eleven.Tier);
    }

    [Fact]
    public void Score_WhenMitigationJustBelowThreshold_DoesNotDiscount()
    {
        // mitigation 7 of 10 is below 80%: raw 16 stays 16 → 0.80, IV; with 8 of 10 it becomes 13.6 → 0.68, III
        Assert.Equal("IV", RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(10, 6, m1: 7)).Tier);
        Assert.Equal("III", RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(10, 6, m1: 8)).Tier);
    }

    [Fact]
    public void Score_WhenHighImpactGateIsYes_TierIsTheHigherOfScoreAndGate()
    {
        var low = RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(1, 0, m1: 0, highImpact: true));
        var high = RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(10, 10, m1: 0, highImpact: true));

        Assert.Equal(("I", "III"), (low.ScoreTier, low.Tier));
        Assert.Equal(("IV", "IV"), (high.ScoreTier, high.Tier));
        Assert.Equal(["G-HI"], low.GatesTriggered);
    }

    [Fact]
    public void Score_WhenProhibitedGateIsYes_IsProhibitedWhateverTheScore()
    {
        var r = RiskScorer.Score(Q, "test.1", TestQuestionnaire.Answers(0, 0, m1: 10, prohibited: true));

        Assert.True(r.Prohibited);
    }

    [Fact]
    public void Score_WhenAnsweredAgainstAnOldVersion_RejectsNamingTheVersion()
    {
        var e = Assert.Throws<RequestValidationException>(() => RiskScorer.Score(Q, "2025.9", TestQuestionnaire.Answers(1, 1, 1)));

        Assert.Contains("test.1", e.Errors["assessment_version"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WhenAQuestionIsUnansweredOrTheAnswerUnknown_NamesTheQuestion()
    {
        var answers = TestQuestionnaire.Answers(1, 1, 1);
        answers.Remove("M1");
        answers["I2"] = "I2-99";

        var e = Assert.Throws<RequestValidationException>(() => RiskScorer.Score(Q, "test.1", answers));

        Assert.Contains("M1", e.Errors["assessment_answers"][0], StringComparison.Ordinal);
        Assert.True(e.Errors.ContainsKey("assessment_answers.I2"));
    }

    [Fact]
    public void Shipped_WhenLoaded_HasTheDocumentedMaximums()
    {
        var q = RiskQuestionnaire.Shipped();

        Assert.Equal((47d, 23d), (q.MaxImpact, q.MaxMitigation));
        Assert.Equal(["I", "II", "III", "IV"], q.Tiers.Select(t => t.Tier));
    }
}
