using System.Text.Json;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>Reads a gold file (JSON lines: label, title, body) and scores the classifier on it.</summary>
internal static class UrgencyGoldSet
{
    public static IReadOnlyList<(string Title, string Body, Dasan.Ai.Triage.Urgency.Urgency Label)> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Triage", "Gold", fileName);
        return File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l =>
            {
                using var json = JsonDocument.Parse(l);
                var root = json.RootElement;
                var label = Enum.Parse<Dasan.Ai.Triage.Urgency.Urgency>(root.GetProperty("label").GetString()!, ignoreCase: true);
                return (root.GetProperty("title").GetString()!, root.GetProperty("body").GetString()!, label);
            })
            .ToList();
    }

    public static UrgencyScore Score(string fileName, Action<string> log)
    {
        var classifier = new UrgencyClassifier();
        var rows = Load(fileName);
        var predictions = rows.Select(r => (Gold: r.Label, Predicted: classifier.Assess(r.Title, r.Body), r.Title, r.Body)).ToList();
        foreach (var miss in predictions.Where(p => p.Gold != p.Predicted.Level))
        {
            log($"MISS gold={miss.Gold} got={miss.Predicted.Level} [{string.Join(",", miss.Predicted.Cues)}] {miss.Title} / {miss.Body}");
        }

        var score = new UrgencyScore(predictions.Select(p => (p.Gold, p.Predicted.Level)).ToList());
        log($"{fileName}: n={rows.Count} accuracy={score.Accuracy:F3}");
        foreach (var level in Enum.GetValues<Dasan.Ai.Triage.Urgency.Urgency>())
        {
            log($"  {level,-8} precision={score.Precision(level):F3} recall={score.Recall(level):F3}");
        }

        return score;
    }
}
