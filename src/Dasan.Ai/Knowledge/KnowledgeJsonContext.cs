using System.Text.Json.Serialization;

namespace Dasan.Ai.Knowledge;

/// <summary>Source-generated JSON for knowledge evaluation reports.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(KnowledgeEvaluation))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;
