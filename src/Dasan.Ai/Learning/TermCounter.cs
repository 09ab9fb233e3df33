using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Learning;

/// <summary>
/// The prediction-time twin of <see cref="TextFeaturizer"/>: the same feature terms, looked up in the vocabulary
/// as characters in a reused buffer instead of thousands of short strings. Must stay term-for-term identical.
/// </summary>
internal sealed class TermCounter(TextClassifierOptions options)
{
    private readonly TextNormalizer _normalizer = new(new TextNormalizerOptions { ExtractHtml = false });
    private readonly KoreanTokenizer _tokenizer = new(KoreanTokenizerOptions.Default);
    private readonly WordFeatureCache _words = new();
    private FeatureVocabulary? _cachedFor;

    public Dictionary<int, int> Count(string text, FeatureVocabulary vocabulary)
    {
        var normalized = _normalizer.Normalize(text).Text;
        return Count(normalized, _tokenizer.Tokenize(normalized), vocabulary);
    }

    /// <summary>Counts the terms of an already normalised text whose tokens the caller has (shared with retrieval).</summary>
    public Dictionary<int, int> Count(string normalized, IReadOnlyList<Token> tokens, FeatureVocabulary vocabulary)
    {
        var counts = new Dictionary<int, int>(128);
        Span<char> buffer = stackalloc char[512];
        string? previous = null;
        var previousEnd = -1;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.NGram)
            {
                Lookup(buffer, "b:", token.Term, null, vocabulary, counts);
                continue;
            }

            Lookup(buffer, "w:", token.Term, null, vocabulary, counts);
            if (token.Start < previousEnd)
            {
                continue;
            }

            if (options.WordBigrams && previous is not null)
            {
                Lookup(buffer, "p:", previous, token.Term, vocabulary, counts);
            }

            previous = token.Term;
            previousEnd = token.End;
        }

        if (options.CharNGramMax > 0)
        {
            CountCharNGrams(normalized, buffer, vocabulary, counts);
        }

        return counts;
    }

    private void CountCharNGrams(string text, Span<char> buffer, FeatureVocabulary vocabulary, Dictionary<int, int> counts)
    {
        var cache = ReferenceEquals(vocabulary, _cachedFor) ? _words : null;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty || word.Length > 64)
            {
                continue;
            }

            if (cache is null)
            {
                CountWord(word, buffer, vocabulary, counts);
                continue;
            }

            foreach (var id in cache.Get(word, (this, vocabulary), static (s, w) => s.Item1.WordIds(w, s.vocabulary)))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }
    }

    /// <summary>Keeps the character n-grams of the words met for <paramref name="vocabulary"/> (the model's own; set once).</summary>
    public void CacheWordsOf(FeatureVocabulary vocabulary) => _cachedFor = vocabulary;

    private int[] WordIds(ReadOnlySpan<char> word, FeatureVocabulary vocabulary)
    {
        var counts = new Dictionary<int, int>();
        CountWord(word, stackalloc char[512], vocabulary, counts);
        return counts.SelectMany(c => Enumerable.Repeat(c.Key, c.Value)).ToArray();
    }

    /// <summary>The word feature and the character n-grams of one word.</summary>
    private void CountWord(ReadOnlySpan<char> word, Span<char> buffer, FeatureVocabulary vocabulary, Dictionary<int, int> counts)
    {
        Span<char> marked = stackalloc char[66];
        Lookup(buffer, "e:", word, default, vocabulary, counts);
        marked[0] = '<';
        word.CopyTo(marked[1..]);
        marked[word.Length + 1] = '>';
        var m = marked[..(word.Length + 2)];
        for (var n = Math.Max(1, options.CharNGramMin); n <= options.CharNGramMax; n++)
        {
            for (var start = 0; start + n <= m.Length; start++)
            {
                if (n == 1 && (start == 0 || start == m.Length - 1))
                {
                    continue;
                }

                Lookup(buffer, "c:", m.Slice(start, n), default, vocabulary, counts);
            }
        }
    }

    /// <summary>Looks up prefix + first (+ " " + second when given).</summary>
    private static void Lookup(Span<char> buffer, string prefix, ReadOnlySpan<char> first, string? second, FeatureVocabulary vocabulary, Dictionary<int, int> counts)
    {
        var length = prefix.Length + first.Length + (second is null ? 0 : second.Length + 1);
        if (length > buffer.Length)
        {
            vocabulary.CountTerm(second is null ? string.Concat(prefix, first) : string.Concat(prefix, first.ToString(), " ", second), counts);
            return;
        }

        prefix.AsSpan().CopyTo(buffer);
        first.CopyTo(buffer[prefix.Length..]);
        if (second is not null)
        {
            buffer[prefix.Length + first.Length] = ' ';
            second.AsSpan().CopyTo(buffer[(prefix.Length + first.Length + 1)..]);
        }

        vocabulary.CountTerm(buffer[..length], counts);
    }
}
