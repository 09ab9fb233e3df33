namespace Dasan.Korean.Tokenization;

/// <summary>Settings of <see cref="KoreanTokenizer"/>.</summary>
public sealed record KoreanTokenizerOptions
{
    /// <summary>Emits syllable bigrams of Hangul stems of three or more syllables. Default true.</summary>
    public bool IncludeBigrams { get; init; } = true;

    /// <summary>Emits the parts of compound nouns found with the built-in noun dictionary. Default true.</summary>
    public bool Decompound { get; init; } = true;

    /// <summary>Drops stems on the built-in stop-word list. Default true.</summary>
    public bool RemoveStopWords { get; init; } = true;

    /// <summary>Defaults: bigrams, decompounding and stop words on.</summary>
    public static KoreanTokenizerOptions Default { get; } = new();

    /// <summary>Stems, numbers and words only: no bigrams.</summary>
    public static KoreanTokenizerOptions StemsOnly { get; } = new() { IncludeBigrams = false };
}
