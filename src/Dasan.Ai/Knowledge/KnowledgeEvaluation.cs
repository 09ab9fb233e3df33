using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// The knowledge evaluation (ADR 0107): top-level keys are the metrics on the reporting questions, written by a
/// second writer and never read while tuning, where the targets apply; <see cref="Tuning"/> holds the metrics on
/// the tuning questions the refusal threshold was chosen on, and <see cref="Gap"/> tuning minus report.
/// </summary>
/// <param name="RecallAt5">recall_at_5 on the reporting questions.</param>
/// <param name="Mrr">mrr on the reporting questions.</param>
/// <param name="RefusalRate">refusal_rate on the reporting questions.</param>
/// <param name="FalseRefusalRate">false_refusal_rate on the reporting questions.</param>
/// <param name="Report">Metrics on the reporting questions.</param>
/// <param name="Tuning">Metrics on the tuning questions.</param>
public sealed record KnowledgeEvaluation(
    [property: JsonPropertyName("recall_at_5")] double RecallAt5,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("refusal_rate")] double RefusalRate,
    [property: JsonPropertyName("false_refusal_rate")] double FalseRefusalRate,
    [property: JsonPropertyName("report")] KnowledgeMetrics Report,
    [property: JsonPropertyName("tuning")] KnowledgeMetrics Tuning)
{
    /// <summary>Tuning minus report for false refusals, refusals and on-topic answers: how much tuning flattered.</summary>
    [JsonPropertyName("gap")]
    public IReadOnlyDictionary<string, double> Gap => new Dictionary<string, double>
    {
        ["false_refusal_rate"] = Math.Round(Tuning.FalseRefusalRate - Report.FalseRefusalRate, 4),
        ["refusal_rate"] = Math.Round(Tuning.RefusalRate - Report.RefusalRate, 4),
        ["on_topic_rate"] = Math.Round(Tuning.OnTopicRate - Report.OnTopicRate, 4),
    };

    /// <summary>Two lines, reporting questions first.</summary>
    public override string ToString() => $"{Line("report", Report)}\n{Line("tuning", Tuning)}";

    private static string Line(string name, KnowledgeMetrics m) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{name}: {m.Questions} questions  recall@5 {m.RecallAt5:F3}  MRR {m.Mrr:F3}  false refusals {m.FalseRefusalRate:P1}  on-topic cited answers {m.OnTopicRate:P1}  unanswerable refused {m.RefusalRate:P1}");

    /// <summary>Indented JSON with snake_case keys.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, KnowledgeJsonContext.Default.KnowledgeEvaluation);
}
