using System.Text.Json;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary>
/// <c>urgency-probe --dump FILE</c>: one JSON line per held-out sentence with what the arbiter weighed (both models' three
/// probabilities, the lexicon's reading, the text's bars and the shipped decision), for offline study of how the lexicon
/// and the models combine. Only the training writers, each scored by models that did not read it.
/// </summary>
internal static class UrgencyProbeDump
{
    private static readonly string[] Levels = ["critical", "high", "normal"];

    public static void Write(TextWriter output, string writer, IEnumerable<(string Label, string Text)> rows, UrgencyScorer model, UrgencyScorer? foreign = null)
    {
        var classifier = new UrgencyClassifier(model, foreign);
        Span<double> linear = stackalloc double[model.Linear.Labels.Count];
        foreach (var (label, text) in rows)
        {
            var (lexicon, inputs) = classifier.Read(text);
            var decided = classifier.Assess(text);
            model.Linear.PredictProbabilities(text, linear);
            var line = new Dictionary<string, object?>
            {
                ["writer"] = writer,
                ["label"] = label,
                ["text"] = text,
                ["length"] = text.Length,
                ["letters"] = text.Count(char.IsLetter),
                ["latin"] = text.Count(char.IsAsciiLetter),
                ["decided"] = decided.Level.ToString().ToLowerInvariant(),
                ["lexicon"] = lexicon.Level.ToString().ToLowerInvariant(),
                ["category"] = lexicon.Reason?.Split(':')[0].Split(" 언급은")[0],
                ["silenced"] = lexicon.Reason?.Contains("언급은 있으나", StringComparison.Ordinal) ?? false,
                ["lowered"] = lexicon.Reason?.Contains("(다친 사람", StringComparison.Ordinal) ?? false,
                ["over"] = inputs?.Over,
                ["framed"] = inputs?.Framed,
                ["barred"] = inputs?.VetoBarred,
                ["bar"] = inputs is { } i ? (lexicon.Level == Urgency.High ? i.Thresholds.PromoteHighAt : i.Thresholds.PromoteAt) : null,
            };
            foreach (var level in Levels)
            {
                var at = model.Linear.Labels.ToList().IndexOf(level);
                line["l_" + level] = at >= 0 ? Math.Round(linear[at], 4) : 0;
                line["s_" + level] = Math.Round(model.Subword?.Probability(text, level) ?? 0, 4);
            }

            output.WriteLine(JsonSerializer.Serialize(line));
        }
    }
}
