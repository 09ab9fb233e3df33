using Dasan.Core.Programme.Training;

namespace Dasan.Core.Tests.Programme.Training;

public class CompletionRulesTests
{
    [Theory]
    [InlineData(CompletionRule.Completed, true, null, true)]
    [InlineData(CompletionRule.Completed, false, 100, false)]
    [InlineData(CompletionRule.Passed, false, 70, true)]
    [InlineData(CompletionRule.Passed, true, 69, false)]
    [InlineData(CompletionRule.Passed, true, null, false)]
    [InlineData(CompletionRule.Both, true, 70, true)]
    [InlineData(CompletionRule.Both, false, 100, false)]
    [InlineData(CompletionRule.Both, true, 69, false)]
    public void IsMet_WhenReadAndScoreGiven_FollowsTheRule(CompletionRule rule, bool read, int? score, bool expected) =>
        Assert.Equal(expected, CompletionRules.IsMet(rule, read, score, 70));

    [Fact]
    public void Parse_WhenRuleIsUnknown_NamesIt()
    {
        var e = Assert.Throws<InvalidOperationException>(() => CompletionRules.Parse("attended"));
        Assert.Contains("attended", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedCurriculum_WhenLoaded_HasEightModulesAndAtLeastFortyQuestionsWithValidKeys()
    {
        var c = Curriculum.Shipped();
        Assert.Equal(8, c.Modules.Count);
        Assert.True(c.Modules.Sum(m => m.Quiz.Count) >= 40);
        Assert.All(c.Modules.SelectMany(m => m.Quiz), q => Assert.InRange(q.Answer, 0, q.Choices.Count - 1));
        Assert.Equal([3, 4], c.Module("AIOP-01")!.RecurringForTiers);
        Assert.Equal("L2-2-PRACTICAL", c.Level("L2-2")!.ExtraModule);
    }

    [Fact]
    public void Score_WhenSomeAnswersWrongOrMissing_CountsThemWrongAndRoundsDown()
    {
        var m = Curriculum.Shipped().Module("AIL1-02")!;
        var answers = m.Quiz.Skip(2).ToDictionary(q => q.Id, q => q.Answer);
        Assert.Equal((m.Quiz.Count - 2) * 100 / m.Quiz.Count, m.Score(answers));
        Assert.Equal(100, m.Score(m.Quiz.ToDictionary(q => q.Id, q => q.Answer)));
        Assert.Equal(0, m.Score(m.Quiz.ToDictionary(q => q.Id, q => (q.Answer + 1) % 4)));
    }
}
