using System.Collections.Frozen;

namespace Dasan.Korean.Tokenization;

/// <summary>
/// Strips one particle (조사) or ending (어미) from a Hangul eojeol. A suffix is stripped only
/// when the sound before it fits (을 after a consonant, 를 after a vowel), the stem keeps its
/// minimum length, and the word does not end in a known noun that contains the suffix
/// (도로, 아이, 결과, 피해 keep their last syllable).
/// </summary>
internal static class HangulStemmer
{
    private static readonly FrozenDictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> Suffixes =
        KoreanLexicon.Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nouns =
        KoreanLexicon.Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Length of the stem at the start of <paramref name="word"/> (all Hangul syllables).</summary>
    /// <param name="word">The eojeol, or its Hangul tail.</param>
    /// <param name="afterOtherScript">True when digits or Latin letters precede, so a one-syllable stem is fine (5천원의).</param>
    public static int StemLength(ReadOnlySpan<char> word, bool afterOtherScript = false)
    {
        if (word.Length < 2 || Nouns.Contains(word))
        {
            return word.Length;
        }

        for (var length = Math.Min(KoreanLexicon.MaxSuffixLength, word.Length - 1); length >= 1; length--)
        {
            if (!Suffixes.TryGetValue(word[^length..], out var rule))
            {
                continue;
            }

            var stemLength = word.Length - length;
            if (rule.Allows(word[stemLength - 1], afterOtherScript ? Math.Max(stemLength, rule.MinStem) : stemLength) && !EndsInNounLongerThan(word, length))
            {
                return WithoutPlural(word[..stemLength]);
            }
        }

        return WithoutPlural(word);
    }

    /// <summary>True when the whole of <paramref name="text"/> is a particle or ending.</summary>
    public static bool IsSuffix(ReadOnlySpan<char> text) => Suffixes.ContainsKey(text);

    /// <summary>True when <paramref name="word"/> is in the built-in noun dictionary.</summary>
    public static bool IsNoun(ReadOnlySpan<char> word) => Nouns.Contains(word);

    private static bool EndsInNounLongerThan(ReadOnlySpan<char> word, int suffixLength)
    {
        var longest = Math.Min(word.Length, KoreanLexicon.MaxNounLength);
        for (var length = Math.Max(2, suffixLength + 1); length <= longest; length++)
        {
            if (Nouns.Contains(word[^length..]))
            {
                return true;
            }
        }

        return false;
    }

    private static int WithoutPlural(ReadOnlySpan<char> stem) =>
        stem.Length >= 3 && stem[^1] == '들' && !Nouns.Contains(stem) ? stem.Length - 1 : stem.Length;
}
