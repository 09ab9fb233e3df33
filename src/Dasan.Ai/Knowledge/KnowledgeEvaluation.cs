using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// The knowledge evaluation: top-level keys are the metrics on all questions; <see cref="TuningHalf"/> is the half
/// the refusal model was calibrated on and <see cref="TestHalf"/> the held-out half the targets apply to.
/// </summary>
/// <param name="RecallAt5">recall_at_5 on all questions.</param>
/// <param name="Mrr">mrr on all questions.</param>
/// <param name="RefusalRate">refusal_rate on all questions.</param>
/// <param name="FalseRefusalRate">false_refusal_rate on all questions.</param>
/// <param name="TuningHalf">Metrics on the tuning half.</param>
/// <param name="TestHalf">Metrics on the test half.</param>
public sealed record KnowledgeEvaluation(
    [property: JsonPropertyName("recall_at_5")] double RecallAt5,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("refusal_rate")] double RefusalRate,
    [property: JsonPropertyName("false_refusal_rate")] double FalseRefusalRate,
    [property: JsonPropertyName("tuning_half")] KnowledgeMetrics TuningHalf,
    [property: JsonPropertyName("test_half")] KnowledgeMetrics TestHalf)
{
    /// <summary>Indented JSON with snake_case keys.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, KnowledgeJsonContext.Default.KnowledgeEvaluation);
}
