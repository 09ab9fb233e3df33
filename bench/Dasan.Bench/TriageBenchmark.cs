using System.Diagnostics;
using System.Text.Json;
using Dasan.Ai.Triage.Routing;
using Dasan.Core.Departments;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary>
/// <c>triage</c>: quality on the team's labelled development set (eval/triage/dev-labels.jsonl joined with the
/// shared proposals, catalog only, no training on Seoul data) and single-thread throughput next to fastText.
/// </summary>
public static class TriageBenchmark
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var proposalsPath = Path.Combine(root, "..", "shared", "data", "seoul-proposals-free.jsonl");
        if (!File.Exists(proposalsPath))
        {
            Console.WriteLine($"{proposalsPath} is absent; the triage benchmark needs the shared proposals. Skipped.");
            return 0;
        }

        var watch = Stopwatch.StartNew();
        var (router, summary) = RouterCalibrator.BuildCalibrated(CatalogReader.Shipped());
        Console.WriteLine($"router: {router.UnitCount} units, calibrated in {watch.ElapsedMilliseconds} ms " +
            $"(held-out catalog examples {summary.HeldOutExamples}, top-1 {summary.HeldOutTop1:F3}, T={summary.Temperature:F3}, domain T={router.Options.DomainTemperature:F3})");
        var texts = File.ReadLines(proposalsPath).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("title").GetString() + "\n" + e.GetProperty("body").GetString());
        var pipeline = new KoreanTextPipeline();
        DevSetReport.Print(router, pipeline, texts, Path.Combine(root, "eval", "triage", "dev-labels.jsonl"));
        ThroughputReport.Print(router, pipeline, texts.Values.ToList());
        return 0;
    }
}
