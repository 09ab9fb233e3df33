using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dasan.Ai.Learning;

/// <summary>The result of <see cref="ClassifierEvaluator"/>; <see cref="ToJson"/> gives the
/// <c>{"n", "accuracy", "macro_f1", "per_label", "confusion", "reliability"}</c> shape.</summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("macro_f1")] double MacroF1,
    [property: JsonPropertyName("per_label")] IReadOnlyDictionary<string, LabelMetrics> PerLabel,
    [property: JsonPropertyName("confusion")] ConfusionMatrix Confusion,
    [property: JsonPropertyName("reliability")] ReliabilityReport? Reliability)
{
    /// <summary>Serialises the report; Korean labels stay readable (not \u-escaped).</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? LearningJsonContext.Indented.EvaluationReport : LearningJsonContext.Compact.EvaluationReport);

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    public static EvaluationReport FromJson(string json) =>
        JsonSerializer.Deserialize(json, LearningJsonContext.Compact.EvaluationReport)
        ?? throw new JsonException("The evaluation report JSON is null.");
}
