using System.Text.Json.Serialization;

namespace Dasan.Ai.Knowledge;

/// <summary>Source-generated JSON for the shipped <see cref="RefusalModel"/> and <see cref="GuideRanker"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RefusalModel))]
[JsonSerializable(typeof(GuideRanker))]
[JsonSerializable(typeof(GuideTopicModel))]
internal sealed partial class RefusalJsonContext : JsonSerializerContext;
