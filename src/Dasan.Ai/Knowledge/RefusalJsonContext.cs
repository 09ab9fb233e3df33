using System.Text.Json.Serialization;

namespace Dasan.Ai.Knowledge;

/// <summary>Source-generated JSON for the shipped <see cref="RefusalModel"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(RefusalModel))]
internal sealed partial class RefusalJsonContext : JsonSerializerContext;
