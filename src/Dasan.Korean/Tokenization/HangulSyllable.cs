namespace Dasan.Korean.Tokenization;

/// <summary>Facts about precomposed Hangul syllables (U+AC00–U+D7A3).</summary>
internal static class HangulSyllable
{
    private const char First = '\uAC00';
    private const char Last = '\uD7A3';
    private const int RieulFinal = 8;

    public static bool Is(char c) => c >= First && c <= Last;

    /// <summary>True when the syllable ends in a consonant (받침).</summary>
    public static bool HasFinal(char c) => Is(c) && (c - First) % 28 != 0;

    /// <summary>True when the syllable ends in a vowel or in ㄹ (the contexts of 로).</summary>
    public static bool EndsInVowelOrRieul(char c) => Is(c) && (c - First) % 28 is 0 or RieulFinal;

    /// <summary>True for compatibility and conjoining jamo (ㅋ, ㅎ, ᄀ).</summary>
    public static bool IsJamo(char c) => (c >= '\u3131' && c <= '\u318E') || (c >= '\u1100' && c <= '\u11FF');
}
