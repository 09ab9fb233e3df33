namespace Dasan.Korean.Language;

/// <summary>A detected language: "ko", "en", "zh", "ja" or "other", with a confidence between 0 and 1.</summary>
/// <param name="Lang">ISO 639-1 code, or "other" (also for text without letters).</param>
/// <param name="Confidence">Share of script evidence for the language, damped for very short texts.</param>
public sealed record LanguageGuess(string Lang, double Confidence);
