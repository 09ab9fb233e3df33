using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Routing;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

public class TriageScoreTests
{
    private static TriageOutcome Outcome(string top, double confidence) => new(
        new RoutingResult(
            [new UnitCandidate("u1", "버스정책과", top, "교통실", 1, confidence)],
            [new DomainCandidate(top, confidence), new DomainCandidate("welfare", 0.1)],
            []),
        top, null, confidence, null, "test");

    [Fact]
    public void Report_WhenSlicesGiven_ScoresEachSliceAndPrintsTheGap()
    {
        var score = new TriageScore("domain", "slice");
        score.Add("transport", Outcome("transport", 0.9), "tuning");
        score.Add("transport", Outcome("transport", 0.8), "tuning");
        score.Add("transport", Outcome("transport", 0.7), "report");
        score.Add("transport", Outcome("environment", 0.6), "report");

        var report = score.Report();

        Assert.Contains("slice=tuning: n=2  accuracy=1.000", report);
        Assert.Contains("slice=report: n=2  accuracy=0.500", report);
        Assert.Contains("gap tuning − report: accuracy +0.500", report);
    }

    [Fact]
    public void Report_WhenLeastConfidentAreWrong_AccuracyAt80PercentCoverageIsHigher()
    {
        var score = new TriageScore("domain");
        for (var i = 0; i < 8; i++)
        {
            score.Add("transport", Outcome("transport", 0.9), null);
        }

        score.Add("transport", Outcome("environment", 0.2), null);
        score.Add("transport", Outcome("environment", 0.1), null);

        Assert.Contains("accuracy=0.800", score.Report());
        Assert.Contains("accuracy at 80% coverage=1.000", score.Report());
    }
}
