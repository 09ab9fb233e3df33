using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Radar;

/// <summary>
/// Key phrases of a text from the analyzer's tokens: the noun stems of each eojeol, the dictionary parts of
/// compounds (불법주정차 → 불법, 주정차), mixed terms that name things (9호선, 5G) and two-stem noun phrases of
/// adjacent eojeol (마스크 대란). Counting words (10일, 3월, 20대) and one-syllable stems are left out.
/// </summary>
public sealed class KeyPhraseExtractor
{
    private const int MaxPhrases = 24;
    private const int MaxLength = 16;
    private readonly KoreanTokenizer _tokenizer = new(KoreanTokenizerOptions.StemsOnly);

    /// <summary>The key phrases of normalised, masked text, in order of first appearance, each once.</summary>
    public IReadOnlyList<string> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = _tokenizer.Tokenize(text);
        var phrases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var eojeolEnd = -1;
        Token? previousStem = null;
        foreach (var t in tokens)
        {
            var isPart = t.Start < eojeolEnd;
            if (!isPart)
            {
                eojeolEnd = t.End;
            }

            if (!IsPhrase(t))
            {
                previousStem = isPart ? previousStem : null;
                continue;
            }

            if (!isPart && previousStem is { } p && IsHangulStem(p) && IsHangulStem(t) && Adjacent(text, p, t))
            {
                Add(phrases, seen, p.Term + " " + t.Term);
            }

            Add(phrases, seen, t.Term);
            previousStem = isPart ? previousStem : t;
            if (phrases.Count >= MaxPhrases)
            {
                break;
            }
        }

        return phrases;
    }

    private static void Add(List<string> phrases, HashSet<string> seen, string phrase)
    {
        if (phrase.Length <= MaxLength && seen.Add(phrase))
        {
            phrases.Add(phrase);
        }
    }

    private static bool IsPhrase(Token t) => t.Kind switch
    {
        TokenKind.Word => t.Term.Length >= 2,
        TokenKind.Latin => t.Term.Length >= 2,
        TokenKind.Mixed => NamesAThing(t.Term),
        _ => false,
    };

    // 9호선, 5g, k-패스 name things; 10일, 3월, 20대, 100명 count them.
    private static bool NamesAThing(string term)
    {
        var letters = term.Count(c => !char.IsDigit(c) && c is not '.' and not ',' and not '-');
        return letters >= 2 || term.Any(c => c is >= 'a' and <= 'z');
    }

    private static bool IsHangulStem(Token t) => t.Kind == TokenKind.Word && t.Term.Length >= 2 && t.Term[0] is >= '\uAC00' and <= '\uD7A3';

    // Only the single space between two eojeol: no punctuation, no line break.
    private static bool Adjacent(string text, Token first, Token second)
    {
        var gapStart = first.End;
        while (gapStart < text.Length && gapStart < second.Start && !char.IsWhiteSpace(text[gapStart]) && char.IsLetter(text[gapStart]))
        {
            gapStart++;
        }

        return second.Start - gapStart == 1 && text[gapStart] == ' ';
    }
}
