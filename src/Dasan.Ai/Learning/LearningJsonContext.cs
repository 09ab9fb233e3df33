using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dasan.Ai.Learning;

/// <summary>Source-generated JSON for evaluation reports and model metadata.</summary>
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(ClassifierMetadata))]
[JsonSerializable(typeof(FeatureVocabularyDocument))]
internal sealed partial class LearningJsonContext : JsonSerializerContext
{
    public static LearningJsonContext Compact { get; } = new(Create(false));

    public static LearningJsonContext Indented { get; } = new(Create(true));

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
