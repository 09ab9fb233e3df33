using System.Text.Json.Serialization;

namespace Dasan.Ai.Learning;

/// <summary>Predictions whose top-1 confidence fell in [Lower, Upper): how many, how confident, how often right.</summary>
public sealed record ReliabilityBin(
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("confidence")] double MeanConfidence,
    [property: JsonPropertyName("accuracy")] double Accuracy);
