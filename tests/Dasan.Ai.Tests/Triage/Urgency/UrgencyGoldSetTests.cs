using Xunit.Abstractions;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Scores the classifier on the gold files: the dev set (tuned on), the held-out split and the
/// blind set written after tuning. First scores of the last two are recorded in ADR 0103.
/// </summary>
public sealed class UrgencyGoldSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("urgency-gold.jsonl")]
    [InlineData("urgency-heldout.jsonl")]
    [InlineData("urgency-blind.jsonl")]
    public void Assess_WhenScoredOnAGoldFile_MeetsTheCriticalAndAccuracyBars(string fileName)
    {
        var score = UrgencyGoldSet.Score(fileName, output.WriteLine);

        Assert.True(score.Recall(Level.Critical) >= 0.95, $"critical recall {score.Recall(Level.Critical):F3}");
        Assert.True(score.Precision(Level.Critical) >= 0.85, $"critical precision {score.Precision(Level.Critical):F3}");
        Assert.True(score.Accuracy >= 0.85, $"accuracy {score.Accuracy:F3}");
    }
}
