using System.Text.Json;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench.Quality;

/// <summary>Urgency figures of <c>ai-quality</c>: critical recall and false-critical rate on the tuning and reporting sentences.</summary>
public static class UrgencySection
{
    /// <summary>Each classifier's figures on the tuning set, then on each reporting set (report.jsonl, report-b.jsonl, report-c.jsonl: three writers).</summary>
    public static List<(string Name, UrgencyQuality?[] Sets)> Run(string root)
    {
        var tuning = Path.Combine(root, "eval", "urgency", "tuning.jsonl");
        string[] reports = [Path.Combine(root, "eval", "urgency", "report.jsonl"), Path.Combine(root, "eval", "urgency", "report-b.jsonl"), Path.Combine(root, "eval", "urgency", "report-c.jsonl")];
        var results = new List<(string, UrgencyQuality?[])>();
        foreach (var (name, classifier) in new[] { ("Dasan, lexicon only", new UrgencyClassifier(useModel: false)), ("Dasan (lexicon + model)", new UrgencyClassifier()) })
        {
            results.Add((name, [UrgencyQuality.Measure(classifier, tuning, false), .. reports.Select(r => UrgencyQuality.Measure(classifier, r, false))]));
        }

        if (FastTextRanker.Available)
        {
            var tuningRows = File.ReadLines(tuning).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
                .Select(e => new Dasan.Ai.Learning.LabeledText(UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()), e.GetProperty("label").GetString()!));
            using var fastText = FastTextRanker.Train(UrgencyModel.TrainingRows(), tuningRows);
            results.Add(("fastText (same sentences, autotuned on tuning)", [FastText(fastText, tuning), .. reports.Where(File.Exists).Select(r => FastText(fastText, r))]));
        }

        return results;
    }

    private static UrgencyQuality FastText(FastTextRanker model, string path)
    {
        var rows = File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Label: e.GetProperty("label").GetString()!, Text: UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()))).ToList();
        var predicted = model.Predict(rows.Select(r => r.Text).ToList(), 1).Select(p => p[0].Label).ToList();
        var critical = rows.Count(r => r.Label == "critical");
        return new UrgencyQuality(
            Path.GetFileNameWithoutExtension(path), rows.Count, critical,
            rows.Where((r, i) => r.Label == "critical" && predicted[i] == "critical").Count(),
            rows.Count - critical,
            rows.Where((r, i) => r.Label != "critical" && predicted[i] == "critical").Count(),
            rows.Where((r, i) => r.Label == predicted[i]).Count());
    }
}
