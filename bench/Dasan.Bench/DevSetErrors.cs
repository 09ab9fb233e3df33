using System.Text.Json;
using Dasan.Ai.Triage.Routing;
using Dasan.Core.Departments;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary><c>triage-errors</c>: lists the dev-set proposals whose domain the router got wrong, for error analysis.</summary>
public static class DevSetErrors
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var proposals = Path.Combine(root, "..", "shared", "data", "seoul-proposals-free.jsonl");
        if (!File.Exists(proposals))
        {
            Console.WriteLine("shared proposals absent; skipped.");
            return 0;
        }

        var (router, _) = RouterCalibrator.BuildCalibrated(CatalogReader.Shipped());
        var texts = File.ReadLines(proposals).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => (Title: e.GetProperty("title").GetString()!, Body: e.GetProperty("body").GetString()!));
        var pipeline = new KoreanTextPipeline();
        foreach (var line in File.ReadLines(Path.Combine(root, "eval", "triage", "dev-labels.jsonl")))
        {
            var label = JsonDocument.Parse(line).RootElement;
            var (title, body) = texts[label.GetProperty("id").GetString()!];
            var r = router.Route(pipeline.Analyze(title + "\n" + body).Masked, 1);
            if (r.Domains[0].Domain != label.GetProperty("domain").GetString())
            {
                Console.WriteLine($"{label.GetProperty("domain").GetString(),-15} → {r.Domains[0].Domain,-15} {r.Units[0].Name,-14} | {title[..Math.Min(50, title.Length)]} | {string.Join(",", r.Evidence[0].MatchedTerms.Take(5))}");
            }
        }

        return 0;
    }
}
