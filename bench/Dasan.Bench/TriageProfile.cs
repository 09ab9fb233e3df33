using System.Diagnostics;
using System.Text.Json;
using Dasan.Ai.Triage.Routing;
using Dasan.Core.Departments;

namespace Dasan.Bench;

/// <summary><c>triage-profile</c>: where triage time goes — catalog retrieval versus the catalog classifier, single thread.</summary>
public static class TriageProfile
{
    public static int Run(string[] args)
    {
        var path = Path.Combine(RepoRoot.Find(), "..", "shared", "data", "seoul-proposals-free.jsonl");
        if (!File.Exists(path))
        {
            Console.WriteLine("shared proposals absent; skipped.");
            return 0;
        }

        var catalog = CatalogReader.Shipped();
        var (router, _) = RouterCalibrator.BuildCalibrated(catalog);
        var model = CatalogClassifier.For(catalog, Path.Combine(Path.GetTempPath(), "dasan-bench-models"));
        var texts = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Title: e.GetProperty("title").GetString()!, Body: e.GetProperty("body").GetString()!)).ToList();
        var w = Stopwatch.StartNew();
        foreach (var (t, b) in texts)
        {
            router.Route(t, b);
        }

        Console.WriteLine($"router: {texts.Count / w.Elapsed.TotalSeconds:F0}/s");
        var p = new double[model.Labels.Count];
        w.Restart();
        foreach (var (t, b) in texts)
        {
            model.PredictProbabilities(CatalogClassifier.Text(t, b, 800), p);
        }

        Console.WriteLine($"catalog classifier: {texts.Count / w.Elapsed.TotalSeconds:F0}/s");
        return 0;
    }
}
