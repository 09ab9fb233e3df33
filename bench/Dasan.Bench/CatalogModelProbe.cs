using System.Diagnostics;
using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Routing;
using Dasan.Core.Departments;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary><c>triage-blend</c>: the dev set with a classifier trained on the catalog's own text blended into retrieval.</summary>
public static class CatalogModelProbe
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

        var catalog = CatalogReader.Shipped();
        var (router, _) = RouterCalibrator.BuildCalibrated(catalog);
        var rows = catalog.Units.SelectMany(u => u.Examples.Select(e => new LabeledText(e, u.Code))
            .Concat(u.Keywords.Select(k => new LabeledText(k, u.Code)))
            .Concat(u.Duties.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(d => new LabeledText(d, u.Code)))).ToList();
        var watch = Stopwatch.StartNew();
        var model = new TextClassifierTrainer(TextClassifierOptions.Default with { BalanceLabels = false, MaximumIterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20, CharNGramMax = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3 }).Train(rows);
        Console.WriteLine($"catalog model: {rows.Count} rows, trained in {watch.Elapsed.TotalSeconds:F1} s");
        var texts = File.ReadLines(proposals).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => (Title: e.GetProperty("title").GetString()!, Body: e.GetProperty("body").GetString()!));
        var pipeline = new KoreanTextPipeline();
        var domainOf = catalog.Units.ToDictionary(u => u.Code, u => u.Domain);
        foreach (var w in new[] { 0.0, 0.3, 0.5, 0.7, 1.0 })
        {
            int n = 0, d1 = 0, d3 = 0;
            foreach (var line in File.ReadLines(Path.Combine(root, "eval", "triage", "dev-labels.jsonl")))
            {
                var label = JsonDocument.Parse(line).RootElement;
                var (title, body) = texts[label.GetProperty("id").GetString()!];
                var t = pipeline.Analyze(title).Masked;
                var b = pipeline.Analyze(body.Length > 800 ? body[..800] : body).Masked;
                var r = router.Route(t, b, 0);
                var probs = new double[model.Labels.Count];
                model.PredictProbabilities(t + "\n" + t + "\n" + b, probs);
                var byCode = model.Labels.Select((l, i) => (l, probs[i])).ToDictionary(x => x.l, x => x.Item2);
                var domains = r.Units.GroupBy(u => u.Domain)
                    .Select(g => (Domain: g.Key, P: (1 - w) * r.Domains.First(d => d.Domain == g.Key).Probability + w * g.Sum(u => byCode.GetValueOrDefault(u.Code))))
                    .OrderByDescending(x => x.P).ToList();
                n++;
                d1 += domains[0].Domain == label.GetProperty("domain").GetString() ? 1 : 0;
                d3 += domains.Take(3).Any(x => x.Domain == label.GetProperty("domain").GetString()) ? 1 : 0;
            }

            Console.WriteLine($"model weight {w:F1}: domain top-1 {d1 / (double)n:F3} top-3 {d3 / (double)n:F3}");
        }

        return 0;
    }
}
