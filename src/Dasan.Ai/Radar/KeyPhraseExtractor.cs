using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Radar;

/// <summary>
/// Key phrases of a text from the analyzer's tokens: the noun stems of each eojeol, the dictionary parts of
/// compounds (불법주정차 → 불법, 주정차), mixed terms that name things (9호선, 5G) and two-stem noun phrases of
/// adjacent eojeol (마스크 대란). Counting words (10일, 3월, 20대), one-syllable stems and what is left of a
/// predicate or a pointing word after the stemmer (따른, 받게, 있도록, 이제, 이달) and the title tag 긴급 are left out: they are not
/// what a request is about.
/// </summary>
public sealed class KeyPhraseExtractor
{
    private const int MaxPhrases = 24;
    private const int MaxLength = 16;

    // Endings that only close a verb or an adjective (하도록, 해야, 합니다, 하면서, 하지만, 하는데); a noun never ends so.
    private static readonly string[] PredicateEndings = ["도록", "니다", "어야", "아야", "여야", "해야", "봐야", "려고", "면서", "지만", "는데", "는지", "었던", "았던", "겠다", "세요", "십시오"];

    // Closed-class words the stemmer leaves whole: adnominal forms of light verbs (~에 따른, ~로 인한), adverbial
    // forms (받게, 쉽게), and words that point at time or at the text itself (이제, 이달, 아침, 요즘, 해당).
    private static readonly HashSet<string> NotPhrases = new(StringComparer.Ordinal)
    {
        "따른", "인한", "위한", "대한", "통한", "관한", "의한", "향한", "다른", "같은", "모든", "어떤", "이런", "그런", "새로운",
        "받게", "하게", "되게", "쉽게", "크게", "없게", "있게", "않게", "이게", "그게",
        "이제", "이달", "지금", "오늘", "어제", "내일", "올해", "작년", "내년", "최근", "현재", "당시", "이번", "지난", "다음", "해당", "이후", "이전",
        "아침", "저녁", "오전", "오후", "요즘", "매일", "항상", "계속", "자꾸", "매번", "갑자기", "여전히", "아직",
        // The tag citizens put on a title ([긴급] …): it says how the writer feels, not what the request is about, and
        // joined unrelated emergencies (a sinkhole, a gas smell, a child on a balcony) into one "issue".
        "긴급",
    };
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
        TokenKind.Word => t.Term.Length >= 2 && !NotPhrases.Contains(t.Term) && !EndsLikeAPredicate(t.Term),
        TokenKind.Latin => t.Term.Length >= 2,
        TokenKind.Mixed => NamesAThing(t.Term),
        _ => false,
    };

    private static bool EndsLikeAPredicate(string term) =>
        term.Length >= 3 && PredicateEndings.Any(e => term.EndsWith(e, StringComparison.Ordinal));

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
