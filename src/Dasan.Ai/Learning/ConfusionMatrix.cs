using System.Text.Json.Serialization;

namespace Dasan.Ai.Learning;

/// <summary>Counts[actual][predicted] over <see cref="Labels"/>, in the same order on both axes.</summary>
public sealed record ConfusionMatrix(
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("counts")] IReadOnlyList<IReadOnlyList<int>> Counts);
