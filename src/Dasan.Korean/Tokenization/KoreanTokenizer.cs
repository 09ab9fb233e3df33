using System.Collections.Frozen;

namespace Dasan.Korean.Tokenization;

/// <summary>
/// Splits Korean text into eojeol, strips particles and endings to expose content stems, keeps
/// numbers, Latin words and mixed tokens, and optionally adds noun parts and syllable bigrams.
/// Offsets refer to the text passed in; run it on normalised text.
/// </summary>
public sealed class KoreanTokenizer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        KoreanLexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly KoreanTokenizerOptions _options;

    /// <summary>Creates a tokenizer.</summary>
    public KoreanTokenizer(KoreanTokenizerOptions? options = null) => _options = options ?? KoreanTokenizerOptions.Default;

    /// <summary>Tokenises <paramref name="text"/>.</summary>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 3);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Tokenises <paramref name="text"/>, appending to <paramref name="output"/>.</summary>
    public void Tokenize(string text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var segments = new List<Segment>(8);
        var i = 0;
        while (i < text.Length)
        {
            if (CharClassifier.Classify(text, i) == CharClass.Separator)
            {
                i++;
                continue;
            }

            segments.Clear();
            i = EojeolSegmenter.Read(text, i, segments);
            EmitEojeol(text, segments, output);
        }
    }

    private void EmitEojeol(string text, List<Segment> segments, List<Token> output)
    {
        var last = segments[^1];
        if (last.Class == CharClass.Hangul)
        {
            var span = text.AsSpan(last.Start, last.Length);
            var stem = segments.Count > 1 && HangulStemmer.IsSuffix(span) ? 0 : HangulStemmer.StemLength(span, segments.Count > 1);
            segments[^1] = last with { Length = stem };
            if (stem == 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
        }

        var groupStart = -1;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (segments.Count > 1 && segment.Class == CharClass.Hangul && StandsAlone(text, segment, s > 0 ? segments[s - 1].Class : CharClass.Separator))
            {
                EmitGroup(text, segments, groupStart, s, output);
                EmitGroup(text, segments, s, s + 1, output);
                groupStart = -1;
            }
            else if (groupStart < 0)
            {
                groupStart = s;
            }
        }

        EmitGroup(text, segments, groupStart, segments.Count, output);
    }

    private static bool StandsAlone(string text, Segment segment, CharClass previous) =>
        segment.Length >= 3 || (segment.Length == 2 && previous == CharClass.Latin) || (segment.Length == 2 && HangulStemmer.IsNoun(text.AsSpan(segment.Start, 2)));

    private void EmitGroup(string text, List<Segment> segments, int from, int to, List<Token> output)
    {
        if (from < 0 || from >= to)
        {
            return;
        }

        var start = segments[from].Start;
        var end = segments[to - 1].Start + segments[to - 1].Length;
        var kind = GroupKind(segments, from, to);
        if (kind != TokenKind.Word)
        {
            output.Add(new Token(TermOf(text, start, end, kind), start, end, kind));
            return;
        }

        var span = text.AsSpan(start, end - start);
        if (_options.RemoveStopWords && StopWords.Contains(span))
        {
            return;
        }

        var term = span.ToString();
        output.Add(new Token(term, start, end, TokenKind.Word));
        if (segments[from].Class != CharClass.Hangul)
        {
            return;
        }

        if (_options.Decompound)
        {
            NounDecompounder.AppendParts(term, start, output);
        }

        if (_options.IncludeBigrams && term.Length >= 3)
        {
            for (var b = 0; b + 1 < term.Length; b++)
            {
                output.Add(new Token(term.Substring(b, 2), start + b, start + b + 2, TokenKind.NGram));
            }
        }
    }

    private static TokenKind GroupKind(List<Segment> segments, int from, int to)
    {
        var first = segments[from].Class;
        for (var s = from + 1; s < to; s++)
        {
            if (segments[s].Class != first)
            {
                return TokenKind.Mixed;
            }
        }

        return first switch
        {
            CharClass.Digit => TokenKind.Number,
            CharClass.Latin => TokenKind.Latin,
            _ => TokenKind.Word,
        };
    }

    private static string TermOf(string text, int start, int end, TokenKind kind)
    {
        var term = text.AsSpan(start, end - start);
        if (kind == TokenKind.Latin || kind == TokenKind.Mixed)
        {
            return term.ToString().ToLowerInvariant().Replace(",", string.Empty, StringComparison.Ordinal);
        }

        return term.Contains(',') ? term.ToString().Replace(",", string.Empty, StringComparison.Ordinal) : term.ToString();
    }
}
