using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Learning;

/// <summary>
/// Turns a text into feature terms: Dasan.Korean stems, their syllable bigrams and noun parts,
/// pairs of neighbouring stems, and each whole word with its character n-grams. Thread-safe.
/// </summary>
internal sealed class TextFeaturizer
{
    private readonly TextNormalizer _normalizer = new(new TextNormalizerOptions { ExtractHtml = false });
    private readonly KoreanTokenizer _tokenizer = new(KoreanTokenizerOptions.Default);
    private readonly TextClassifierOptions _options;

    public TextFeaturizer(TextClassifierOptions options) => _options = options;

    /// <summary>Appends the feature terms of <paramref name="text"/> (with repeats) to <paramref name="output"/>.</summary>
    public void AppendTerms(string text, List<string> output)
    {
        var normalized = _normalizer.Normalize(text).Text;
        var tokens = _tokenizer.Tokenize(normalized);
        string? previous = null;
        var previousEnd = -1;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.NGram)
            {
                output.Add(string.Concat("b:", token.Term));
                continue;
            }

            output.Add(string.Concat("w:", token.Term));
            if (token.Start < previousEnd)
            {
                continue;
            }

            if (_options.WordBigrams && previous is not null)
            {
                output.Add(string.Concat("p:", previous, " ", token.Term));
            }

            previous = token.Term;
            previousEnd = token.End;
        }

        if (_options.CharNGramMax > 0)
        {
            AppendCharNGrams(normalized, output);
        }
    }

    private void AppendCharNGrams(string text, List<string> output)
    {
        Span<char> buffer = stackalloc char[66];
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty || word.Length > 64)
            {
                continue;
            }

            output.Add(string.Concat("e:", word));
            buffer[0] = '<';
            word.CopyTo(buffer[1..]);
            buffer[word.Length + 1] = '>';
            var marked = buffer[..(word.Length + 2)];
            for (var n = Math.Max(1, _options.CharNGramMin); n <= _options.CharNGramMax; n++)
            {
                for (var start = 0; start + n <= marked.Length; start++)
                {
                    if (n == 1 && (start == 0 || start == marked.Length - 1))
                    {
                        continue;
                    }

                    output.Add(string.Concat("c:", marked.Slice(start, n)));
                }
            }
        }
    }
}
