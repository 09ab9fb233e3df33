using Dasan.Korean.Language;
using Dasan.Korean.PersonalData;
using Dasan.Korean.Tokenization;

namespace Dasan.Korean;

/// <summary>Everything <see cref="KoreanTextPipeline.Analyze"/> learns about one text.</summary>
/// <param name="Normalized">The normalised text; finding and token offsets point into it.</param>
/// <param name="Masked">The normalised text with personal data partially masked (same length, same offsets).</param>
/// <param name="Findings">Personal data found, ordered by position.</param>
/// <param name="Tokens">Search and learning terms, taken from the masked text so no personal data is indexed.</param>
/// <param name="Language">The detected language.</param>
public sealed record TextAnalysis(
    string Normalized,
    string Masked,
    IReadOnlyList<PersonalDataFinding> Findings,
    IReadOnlyList<Token> Tokens,
    LanguageGuess Language);
