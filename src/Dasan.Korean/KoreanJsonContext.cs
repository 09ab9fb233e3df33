using System.Text.Json.Serialization;
using Dasan.Korean.Language;
using Dasan.Korean.PersonalData;
using Dasan.Korean.Tokenization;

namespace Dasan.Korean;

/// <summary>
/// Source-generated System.Text.Json metadata for the public records: camelCase names, enums as
/// strings ("phoneNumber", "word"). Use <c>JsonSerializer.Serialize(x, KoreanJsonContext.Default.TextAnalysis)</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TextAnalysis))]
[JsonSerializable(typeof(PersonalDataFinding))]
[JsonSerializable(typeof(IReadOnlyList<PersonalDataFinding>))]
[JsonSerializable(typeof(Token))]
[JsonSerializable(typeof(IReadOnlyList<Token>))]
[JsonSerializable(typeof(LanguageGuess))]
[JsonSerializable(typeof(SourceMask))]
public sealed partial class KoreanJsonContext : JsonSerializerContext;
