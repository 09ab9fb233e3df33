using System.Collections.Frozen;
using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Turns a question into the terms the Korean analyzer indexes, marking which are content words:
/// question words (어떻게, 얼마, 알려주세요 …), politeness and English function words are not.
/// Thread-safe.
/// </summary>
public sealed partial class QuestionAnalyzer
{
    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "어떻", "어떤", "어떡", "어떠", "어느", "어디", "어디서", "어디로", "어디에", "언제", "얼마", "얼마나", "얼만", "얼마씩", "얼마정도", "정도", "어느정도", "몇",
        "며칠", "며칠안", "며칠째", "며칠만에", "무슨", "무엇", "뭐", "뭔", "뭘", "뭐예", "뭐에",
        "누구", "누가", "왜", "알려", "알려주", "알고", "궁금", "싶", "싶어", "싶은", "하려", "하려면", "되나", "되나요", "돼요", "되요", "가요", "나요", "인가", "인가요",
        "있나", "있나요", "없나", "있을", "있는지", "없는지", "되는지", "하는지", "안되", "안돼", "해요", "하나", "하나요", "할", "하면", "되면", "받으", "받으려", "받으려면", "받을", "건가", "거예", "건지", "어요", "예요", "이에", "데요",
        "the", "a", "an", "is", "are", "was", "were", "be", "do", "does", "did", "i", "you", "my", "me", "we", "it", "to", "of", "in", "on", "for",
        "at", "by", "with", "and", "or", "can", "could", "should", "would", "how", "what", "when", "where", "which", "who", "why", "there", "have",
        "has", "get", "if", "as", "from", "much", "many", "any", "this", "that", "will", "need", "about", "your", "its", "they",
        "he", "she", "his", "her", "him", "them", "our", "us", "am", "enough", "im", "too", "also", "still", "want", "make", "into", "happen", "happens",
        "someone", "anyone", "person", "next", "week", "month", "m", "s", "t", "ll", "re", "ve", "d",
        // Question words of dialect and chat (어케 for 어떻게, 어데 for 어디, 우째 and 우예 for 어떻게).
        "어케", "어캐", "어데", "우째", "우예", "우찌", "어찌",
        // Colloquial filler: time, degree and people words that say nothing about the service asked about.
        "요즘", "자꾸", "지금", "오늘", "내일", "어제", "아까", "방금", "잠깐", "빨리", "급하게", "급히", "너무", "진짜", "정말", "완전", "혹시", "그냥", "계속",
        "많이", "조금", "좀", "제가", "저는", "저희", "우리", "우리집", "친구", "이거", "그거", "저거", "이런", "그런", "이런것", "다른", "같은", "따로",
        "한달", "한번", "하루", "매일", "항상", "아직", "벌써", "이제", "다시", "혼자", "같이", "직접", "보통", "원래", "근데", "그런데", "그럼", "안녕하세요", "집앞", "저도", "나도", "내가", "사람", "근처", "내년", "미리",
        "가도", "데리고", "있어야", "불러", "알려야", "까먹", "깜빡", "들어와요", "들어와",
        // Officialese around a request (… 문의 건, … 여부 확인 요청, 민원인:): how it is asked, not what.
        "문의", "문의드립니다", "문의합니다", "건", "요청", "요청드립니다", "바랍니다", "부탁드립니다", "민원인", "관련", "여부",
        "ㅠㅠ", "ㅜㅜ", "ㅎㅎ", "ㅋㅋ", "please", "thanks", "hello", "hi", "just", "now", "today", "really",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] VerbEndings =
        ["는데", "은데", "던", "면", "고", "서", "게", "지", "려", "니", "죠", "네", "까", "요", "다", "어", "아", "줘", "해", "돼", "된", "한", "할", "될", "은", "을", "야", "여", "능교", "는교", "니꺼", "는디", "믄"];

    /// <summary>
    /// 좀 typed onto the word before it (전화번호좀 알려주세요, 신청좀 해주세요) is the filler 좀, not part of the word: spaced
    /// off, so 전화번호 is read as what is asked and not as an unknown word.
    /// </summary>
    private static string Unglue(string text) => GluedPlease().Replace(text, "$1 좀");

    [System.Text.RegularExpressions.GeneratedRegex(@"([가-힣]{2,})좀(?![가-힣])")]
    private static partial System.Text.RegularExpressions.Regex GluedPlease();

    private static readonly TextNormalizer Normalizer = new(new TextNormalizerOptions { ExtractHtml = false });
    private readonly KoreanTokenizer _tokenizer = new(KoreanTokenizerOptions.Default);

    /// <summary>
    /// The distinct terms of <paramref name="question"/>, in order of first appearance; with <paramref name="isKnownTerm"/>,
    /// words the knowledge base does not know are also searched as the known words they are typed from (경복궁입장료).
    /// </summary>
    public IReadOnlyList<QueryTerm> Terms(string question, Func<string, bool>? isKnownTerm = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<QueryTerm>();
        var text = JoinSpaced(Unglue(ColloquialTerms.WithPhrases(EnglishTerms.WithPhrases(Normalizer.Normalize(question).Text))), isKnownTerm);
        var tokens = _tokenizer.Tokenize(text);
        if (isKnownTerm is not null)
        {
            tokens = [.. tokens, .. tokens.Where(t => t.Kind == TokenKind.Word && !IsPart(t, tokens)).SelectMany(t => CompoundSplitter.SplitToken(t, [], text, isKnownTerm, QuestionWords.Contains).Where(p => p != t))];
        }

        foreach (var token in tokens)
        {
            var isContent = token.Kind != TokenKind.NGram && !QuestionWords.Contains(token.Term) && !IsSingleHangul(token);
            if (seen.TryGetValue(token.Term, out var index))
            {
                if (isContent && !terms[index].IsContent)
                {
                    terms[index] = terms[index] with { IsContent = true, Kind = token.Kind };
                }

                continue;
            }

            seen[token.Term] = terms.Count;
            terms.Add(new QueryTerm(token.Term, token.Kind, isContent));
        }

        // Guide words for colloquial ones (강아지 → 반려견) are searched as content words too, sharing one word's weight (입장료 →
        // 관람료, 이용료, 요금 at a third each, so they do not outweigh 경복궁); not for a counter (몇 개).
        var counters = tokens.Where(t => IsCounter(t, text)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var (alternative, count) in terms.Where(t => t.Kind != TokenKind.NGram && !counters.Contains(t.Term)).SelectMany(t => Alternatives(t.Term).Select(a => (a, Alternatives(t.Term).Count))).ToList())
        {
            if (seen.TryAdd(alternative, terms.Count))
            {
                terms.Add(new QueryTerm(alternative, TokenKind.Word, true) { Weight = 1f / count });
            }
        }

        return terms;
    }

    /// <summary>
    /// The content words of <paramref name="question"/> with their compound parts: no bigrams, question
    /// words, single syllables or verb-like stems (걸어주, 죽었는데), which knowledge text rarely repeats —
    /// unless <paramref name="isKnownTerm"/> says the knowledge base uses the word: many nouns end like a
    /// verb (건전지, 신청서, 급여, 제한, 피해, 분야), and dropping them made answerable questions refuse.
    /// </summary>
    public IReadOnlyList<QuestionConcept> Concepts(string question, Func<string, bool>? isKnownTerm = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var concepts = new List<(Token Token, List<string> Parts)>();
        var text = JoinSpaced(Unglue(ColloquialTerms.WithPhrases(EnglishTerms.WithPhrases(Normalizer.Normalize(question).Text))), isKnownTerm);
        foreach (var token in _tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.NGram)
            {
                continue;
            }

            if (concepts.Count > 0 && token.Start >= concepts[^1].Token.Start && token.End <= concepts[^1].Token.End)
            {
                concepts[^1].Parts.Add(token.Term);
                continue;
            }

            concepts.Add((token, []));
        }

        if (isKnownTerm is not null)
        {
            // A word typed without spaces keeps its known pieces as parts: 경복궁입장료 is matched (with a compound's partial
            // credit) where the guide has 경복궁 and 입장료, yet 노인학대 does not pass for a guide that has 노인 and 학대 apart.
            // A colloquial word whose guide word the knowledge base knows is a known piece too (경복궁입장료 → 경복궁 + 입장료,
            // not 입장: the guides say 관람료).
            var known = isKnownTerm;
            isKnownTerm = t => known(t) || (ColloquialTerms.IsExact(t) && ColloquialTerms.For(t).Any(known));
            concepts = concepts.Select(c => CompoundSplitter.SplitToken(c.Token, c.Parts, text, isKnownTerm, QuestionWords.Contains) is { Count: > 0 } pieces && pieces[0] != c.Token
                ? (c.Token, pieces.Select(p => p.Term).ToList())
                : c).Select(WithoutEndingParts).ToList();
        }

        return concepts
            .Select(c => (Token: c.Parts.Count >= 2 ? c.Token : LightVerbNoun(c.Token, isKnownTerm) ?? c.Token, c.Parts))
            .Select(c => (c.Token, c.Parts, Alternatives: (c.Parts.Count >= 2 && !ColloquialTerms.IsExact(c.Token.Term) && ColloquialTerms.LongestKey(c.Token.Term) <= c.Parts[0].Length)
                || IsCounter(c.Token, text) ? [] : Alternatives(c.Token.Term)))
            .Where(c => !QuestionWords.Contains(c.Token.Term) && !QuestionIntentDetector.SlotWords.Contains(c.Token.Term) && !IsWhoSlot(c.Token, text)
                && (!IsSingleHangul(c.Token) || c.Alternatives.Count > 0)
                && !(c.Parts.Count < 2 && c.Alternatives.Count == 0 && isKnownTerm is not null && !isKnownTerm(c.Token.Term) && IsColloquialRemnant(c.Token.Term))
                && (!LooksVerbal(c.Token) || c.Alternatives.Count > 0 || (NounLike(c.Token.Term) && (isKnownTerm?.Invoke(c.Token.Term) ?? false))
                    || (isKnownTerm is not null && c.Parts.Count >= 2 && isKnownTerm(c.Parts[^1]))))
            .DistinctBy(c => c.Token.Term)
            .Select(c => new QuestionConcept(c.Token.Term, c.Parts, c.Token.Kind, c.Alternatives))
            .ToList();
    }

    /// <summary>
    /// A word whose parts end in an ending (승용차에요 → 승용차 + 에요) is its word: the ending is no part the guide must hold,
    /// and kept as one it halved the word's credit.
    /// </summary>
    private static (Token Token, List<string> Parts) WithoutEndingParts((Token Token, List<string> Parts) concept)
    {
        if (concept.Parts.Count < 2 || !CompoundSplitter.IsEnding(concept.Parts[^1]))
        {
            return concept;
        }

        var parts = concept.Parts.Where((p, i) => i == 0 || !CompoundSplitter.IsEnding(p)).ToList();
        return parts.Count == 1
            ? (new Token(parts[0], concept.Token.Start, concept.Token.Start + parts[0].Length, TokenKind.Word), [])
            : (concept.Token, parts);
    }

    /// <summary>
    /// Two words typed apart that the knowledge base writes as one (장애인 콜택시 → 장애인콜택시) are joined, when one of them
    /// is a word it does not use: 콜택시 alone is unknown, and the question read as about something no guide covers. So are
    /// two words that hold a citizen's name for a service across the space (극단적 선택을 → 극단적선택을, 죽고 싶어요 →
    /// 죽고싶어요: <see cref="ColloquialTerms"/>), which apart were read as 선택 and 싶; a compound whose key spans its parts
    /// (죽고싶어요 = 죽고 + 싶어요, key 죽고싶) takes the key's guide words.
    /// </summary>
    private string JoinSpaced(string text, Func<string, bool>? isKnownTerm)
    {
        if (isKnownTerm is null)
        {
            return text;
        }

        var words = _tokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).ToList();
        var joins = new List<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (first, second) = (words[i], words[i + 1]);
            if (second.Start == first.End + 1 && text[first.End] == ' ' && text.AsSpan(first.Start, first.End - first.Start).SequenceEqual(first.Term)
                && (!isKnownTerm(first.Term) || !isKnownTerm(second.Term)) && isKnownTerm(first.Term + second.Term))
            {
                joins.Add(first.End);
                i++;
            }
            else if (NameAcross(text, first, second) is { } space)
            {
                joins.Add(space);
                i++;
            }
        }

        return joins.Count == 0 ? text : string.Concat(text.Select((c, i) => joins.Contains(i) ? string.Empty : c.ToString()));
    }

    /// <summary>
    /// The offset of the space between two Korean words whose joined spelling starts with a colloquial key longer than the
    /// first word (극단적 + 선택을 → 극단적선택), or null. A key the first word holds alone (노인 학대: 노인) joins nothing.
    /// </summary>
    private static int? NameAcross(string text, Token first, Token second)
    {
        var space = text.IndexOf(' ', first.Start);
        if (space < 0 || second.Start != space + 1 || (first.Start > 0 && IsHangul(text[first.Start - 1]))
            || text.AsSpan(first.Start, space - first.Start).IndexOfAnyExceptInRange('가', '힣') >= 0)
        {
            return null;
        }

        var end = second.Start;
        while (end < text.Length && IsHangul(text[end]))
        {
            end++;
        }

        var joined = string.Concat(text.AsSpan(first.Start, space - first.Start), text.AsSpan(second.Start, end - second.Start));
        return end > second.Start && ColloquialTerms.LongestKey(joined) > space - first.Start ? space : null;
    }

    private static bool IsHangul(char c) => c is >= '가' and <= '힣';

    /// <summary>
    /// The person a question asks about (받을 수 있는 사람, 신청할 수 있는 대상자): the slot to fill, like 대상 or 자격, not a word
    /// the guide must contain — "기초연금 받을 수 있는 사람은?" was refused because no section of the guide says 사람.
    /// </summary>
    private static bool IsWhoSlot(Token token, string text) =>
        token.Term is "사람" or "사람들" or "대상자" && text.AsSpan(0, token.Start).TrimEnd().EndsWith("있는", StringComparison.Ordinal)
        && text.AsSpan(0, token.Start).TrimEnd()[..^2].TrimEnd().EndsWith("수", StringComparison.Ordinal);

    /// <summary>Question words a word the knowledge base does not know may start with (얼마임, 언제까지임, 뭐가, 어디어디).</summary>
    private static readonly string[] QuestionStems = ["얼마", "언제", "어디", "뭐", "무엇", "누구", "몇"];

    /// <summary>Endings of chat and speech typed onto a verb (올때, 얼마임, 있다던데, 심한데, 해주는거, 받는곳, 받을수있는곳).</summary>
    private static readonly string[] ColloquialTails = ["때", "임", "던데", "는데", "은데", "한데", "운데", "픈데", "는거", "은거", "는곳", "은곳", "린곳", "운곳", "수있", "수없", "을수", "할수", "줄수", "볼수"];

    /// <summary>
    /// An unknown word that is a question word with an ending (얼마부터에요, 뭐가) or a verb with a chat ending (나갈때,
    /// 있다던데, 받을수있는곳): nothing a guide would say, so not a word the guide must contain. Known words are never
    /// dropped here (모임, 임대 stay).
    /// </summary>
    private static bool IsColloquialRemnant(string term) =>
        term.Length >= 2 && term[0] is >= '가' and <= '힣'
        && (QuestionStems.Any(q => term.StartsWith(q, StringComparison.Ordinal)) || ColloquialTails.Any(t => term.EndsWith(t, StringComparison.Ordinal) || (t.StartsWith('수') && term.Contains(t, StringComparison.Ordinal))));

    /// <summary>
    /// The word right after 몇 counts what is asked (몇 개, 몇 번, 몇 명): a counter, not a topic. "한강공원 몇 개 있어요" was
    /// read as a question about dogs (개 → 반려견) and refused.
    /// </summary>
    private static bool IsCounter(Token token, string text) =>
        token.Kind == TokenKind.Word && text.AsSpan(0, token.Start).TrimEnd().EndsWith("몇", StringComparison.Ordinal);

    private static bool IsPart(Token token, IReadOnlyList<Token> tokens) =>
        tokens.Any(t => t.Kind != TokenKind.NGram && t != token && t.Start <= token.Start && t.End >= token.End && t.End - t.Start > token.End - token.Start);

    /// <summary>
    /// The noun of a 하다-style verb the question would otherwise drop or not recognise (입양하려면 → 입양, 증축하는거 → 증축):
    /// what the citizen wants done is often the one word that tells an answerable question from a near miss.
    /// </summary>
    private Token? LightVerbNoun(Token token, Func<string, bool>? isKnownTerm)
    {
        var known = isKnownTerm?.Invoke(token.Term) ?? false;
        var dropped = LooksVerbal(token) && !(NounLike(token.Term) && known);
        var unknown = isKnownTerm is not null && !known;
        if (token.Kind != TokenKind.Word || token.Term.Length < 3 || Alternatives(token.Term).Count > 0 || !(dropped || unknown))
        {
            return null;
        }

        var at = token.Term.AsSpan(2).IndexOfAny(LightVerbSyllables);
        if (at < 0)
        {
            return null;
        }

        var noun = token.Term[..(at + 2)];
        return noun.All(c => c is >= '가' and <= '힣') ? new Token(noun, token.Start, token.Start + noun.Length, TokenKind.Word) : null;
    }

    /// <summary>Syllables that start the verb part of a 하다, 되다 or 받다 verb.</summary>
    private static readonly System.Buffers.SearchValues<char> LightVerbSyllables = System.Buffers.SearchValues.Create("하해했한할합함되돼됐된될받");

    /// <summary>The guide words (as indexed stems) for a colloquial question term.</summary>
    private IReadOnlyList<string> Alternatives(string term)
    {
        var words = ColloquialTerms.For(term);
        if (words.Count == 0)
        {
            return [];
        }

        return words.SelectMany(w => _tokenizer.Tokenize(w).Where(t => t.Kind != TokenKind.NGram).Take(1)).Select(t => t.Term)
            .Where(t => t != term).Distinct().ToList();
    }

    /// <summary>True for a question word or English function word.</summary>
    public static bool IsQuestionWord(string term) => QuestionWords.Contains(term);

    private static bool LooksVerbal(Token token) =>
        token.Kind == TokenKind.Word && token.Term.Length >= 2 && token.Term[0] >= '가' && token.Term[0] <= '힣'
        && (token.Term.StartsWith('몇') || VerbEndings.Any(e => token.Term.EndsWith(e, StringComparison.Ordinal))
            || token.Term.Contains('었', StringComparison.Ordinal) || token.Term.Contains('았', StringComparison.Ordinal) || token.Term.Contains('였', StringComparison.Ordinal));

    // Endings shared by verbs and nouns of three or more syllables (건전지, 신청서, 증명서, 계약서); never past tense. Two-syllable words stay out: measured, they added more noise than they fixed.
    private static bool NounLike(string term) =>
        term.Length >= 3 && NounEndings.Contains(term[^1]) && !term.Contains('었', StringComparison.Ordinal)
        && !term.Contains('았', StringComparison.Ordinal) && !term.Contains('였', StringComparison.Ordinal);

    private static readonly FrozenSet<char> NounEndings = "지서여야한해을게고".ToFrozenSet();

    private static bool IsSingleHangul(Token token) => token.Kind == TokenKind.Word && token.Term.Length == 1;
}
