using System.Diagnostics;
using System.Text.Json;
using Dasan.Ai.Triage;
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
        var engine = new TriageEngine(CatalogReader.Shipped(), new TriageOptions()) { Log = Console.WriteLine };
        engine.Warm();
        var summary = engine.Calibration;
        Console.WriteLine($"triage engine built in {watch.ElapsedMilliseconds} ms: router calibrated on {summary.HeldOutExamples} held-out catalog examples " +
            $"(top-1 {summary.HeldOutTop1:F3}, T={summary.Temperature:F3}) + catalog classifier");
        var texts = File.ReadLines(proposalsPath).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("title").GetString() + "\n" + e.GetProperty("body").GetString());
        var pipeline = new KoreanTextPipeline();
        DevSetReport.Print(engine, pipeline, texts, Path.Combine(root, "eval", "triage", "dev-labels.jsonl"));
        ThroughputReport.Print(engine, pipeline, texts.Values.ToList());
        return 0;
    }
}
