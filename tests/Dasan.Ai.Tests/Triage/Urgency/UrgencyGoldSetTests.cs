using Xunit.Abstractions;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

public sealed class UrgencyGoldSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Assess_WhenScoredOnTheDevGoldSet_MeetsTheCriticalAndAccuracyBars()
    {
        var score = UrgencyGoldSet.Score("urgency-gold.jsonl", output.WriteLine);

        Assert.True(score.Recall(Level.Critical) >= 0.95, $"critical recall {score.Recall(Level.Critical):F3}");
        Assert.True(score.Precision(Level.Critical) >= 0.85, $"critical precision {score.Precision(Level.Critical):F3}");
        Assert.True(score.Accuracy >= 0.85, $"accuracy {score.Accuracy:F3}");
    }

    [Fact]
    public void Assess_WhenScoredOnTheHeldOutSet_MeetsTheCriticalAndAccuracyBars()
    {
        var score = UrgencyGoldSet.Score("urgency-heldout.jsonl", output.WriteLine);

        Assert.True(score.Recall(Level.Critical) >= 0.95, $"critical recall {score.Recall(Level.Critical):F3}");
        Assert.True(score.Precision(Level.Critical) >= 0.85, $"critical precision {score.Precision(Level.Critical):F3}");
        Assert.True(score.Accuracy >= 0.85, $"accuracy {score.Accuracy:F3}");
    }
}
