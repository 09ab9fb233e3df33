using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Core.Content;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// A learned model of danger (critical / high / normal) trained on the sentences the team wrote for it
/// (<c>content/urgency/*.jsonl</c>: dangers, and hard negatives such as metaphors, campaigns, insurance, past events
/// and graffiti). Character n-grams let it read typos, missing spaces and phrasings the lexicon does not list.
/// Trained once per process on first use (a few seconds), deterministic, thread-safe.
/// </summary>
public static class UrgencyModel
{
    private static readonly Lazy<TrainedTextClassifier?> Model = new(Train);

    public static TrainedTextClassifier? Instance => Model.Value;

    /// <summary>The training rows of the shipped sentences: (title + body, label).</summary>
    public static IReadOnlyList<LabeledText> TrainingRows() =>
        ShippedContent.List("urgency/").Where(p => p.EndsWith(".jsonl", StringComparison.Ordinal))
            .SelectMany(p => ShippedContent.ReadText(p).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => new LabeledText(Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()), e.GetProperty("label").GetString()!))
            .ToList();

    public static string Text(string? title, string? body) => $"{title}\n{body}";

    /// <summary>Probability that the text describes danger to life now (the <c>critical</c> label).</summary>
    public static double CriticalProbability(TrainedTextClassifier model, string text)
    {
        Span<double> probabilities = stackalloc double[model.Labels.Count];
        model.PredictProbabilities(text, probabilities);
        for (var i = 0; i < model.Labels.Count; i++)
        {
            if (model.Labels[i] == "critical")
            {
                return probabilities[i];
            }
        }

        return 0;
    }

    private static TrainedTextClassifier? Train()
    {
        var rows = TrainingRows();
        return rows.Count == 0 ? null
            : new TextClassifierTrainer(TextClassifierOptions.Default with { NumberOfThreads = 1, BalanceLabels = false }).Train(rows);
    }
}
