using System.Text.Json.Serialization;

namespace Dasan.Ai.Knowledge;

/// <summary>Retrieval and refusal quality on a set of evaluation questions.</summary>
/// <param name="RecallAt5">Answerable questions with an expected document among the top five distinct documents.</param>
/// <param name="Mrr">Mean reciprocal rank of the first expected document among distinct documents (answerable questions).</param>
/// <param name="RefusalRate">Unanswerable questions correctly refused.</param>
/// <param name="FalseRefusalRate">Answerable questions wrongly refused.</param>
/// <param name="OnTopicRate">Answerable questions answered with a citation of a document that holds the answer.</param>
/// <param name="Questions">Questions evaluated.</param>
/// <param name="Answerable">Answerable questions.</param>
/// <param name="Unanswerable">Unanswerable questions.</param>
/// <param name="FalseRefusals">Ids of answerable questions that were refused.</param>
/// <param name="MissedRefusals">Ids of unanswerable questions that were answered.</param>
public sealed record KnowledgeMetrics(
    [property: JsonPropertyName("recall_at_5")] double RecallAt5,
    [property: JsonPropertyName("mrr")] double Mrr,
    [property: JsonPropertyName("refusal_rate")] double RefusalRate,
    [property: JsonPropertyName("false_refusal_rate")] double FalseRefusalRate,
    [property: JsonPropertyName("on_topic_rate")] double OnTopicRate,
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("answerable")] int Answerable,
    [property: JsonPropertyName("unanswerable")] int Unanswerable,
    [property: JsonPropertyName("false_refusals")] IReadOnlyList<string> FalseRefusals,
    [property: JsonPropertyName("missed_refusals")] IReadOnlyList<string> MissedRefusals);
