using System.Text.Json;
using Dasan.Ai.Triage;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary>Top-1 and top-3 accuracy of domain and department on the labelled development set.</summary>
public static class DevSetReport
{
    public static void Print(TriageEngine engine, KoreanTextPipeline pipeline, Dictionary<string, string> texts, string labelsPath)
    {
        if (!File.Exists(labelsPath))
        {
            Console.WriteLine($"{labelsPath} is absent; dev-set quality skipped.");
            return;
        }

        var n = 0;
        int d1 = 0, d3 = 0, u1 = 0, u3 = 0, uAlt1 = 0;
        var confidences = new List<(double Confidence, bool Correct)>();
        foreach (var line in File.ReadLines(labelsPath))
        {
            var label = JsonDocument.Parse(line).RootElement;
            if (!texts.TryGetValue(label.GetProperty("id").GetString()!, out var text))
            {
                continue;
            }

            var domain = label.GetProperty("domain").GetString();
            var dept = label.GetProperty("department").GetString();
            var alts = label.TryGetProperty("alt_departments", out var a) ? a.EnumerateArray().Select(x => x.GetString()).ToHashSet() : [];
            var parts = text.Split('\n', 2);
            var result = engine.Triage(pipeline.Analyze(parts[0]).Masked, pipeline.Analyze(parts.Length > 1 ? parts[1] : "").Masked, []).Routing;
            n++;
            d1 += result.Domains[0].Domain == domain ? 1 : 0;
            d3 += result.Domains.Take(3).Any(x => x.Domain == domain) ? 1 : 0;
            u1 += result.Units[0].Name == dept ? 1 : 0;
            u3 += result.Units.Take(3).Any(x => x.Name == dept) ? 1 : 0;
            uAlt1 += result.Units[0].Name == dept || alts.Contains(result.Units[0].Name) ? 1 : 0;
            confidences.Add((result.Units[0].Probability, result.Units[0].Name == dept));
        }

        Console.WriteLine($"dev set: {n} labelled proposals (catalog only, no training on Seoul data)");
        Console.WriteLine($"  domain      top-1 {d1 / (double)n:F3}   top-3 {d3 / (double)n:F3}   (targets 0.75 / 0.90)");
        Console.WriteLine($"  department  top-1 {u1 / (double)n:F3}   top-3 {u3 / (double)n:F3}   top-1 incl. acceptable alternatives {uAlt1 / (double)n:F3}");
        foreach (var threshold in new[] { 0.2, 0.35, 0.5 })
        {
            var kept = confidences.Where(c => c.Confidence >= threshold).ToList();
            Console.WriteLine($"  confidence >= {threshold:F2}: {kept.Count / (double)n:P0} auto-assigned, department accuracy among them {(kept.Count == 0 ? 0 : kept.Count(c => c.Correct) / (double)kept.Count):F3}");
        }
    }
}
