using System.Text.RegularExpressions;
using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Scores the sentences of passages for a question: IDF-weighted overlap with the question's content
/// words, proximity of the matches, match with the section heading, and position (passage rank, sentence order).
/// </summary>
internal sealed partial class SentenceRanker
{
    private const int MinSentenceLength = 8;
    private static readonly TextNormalizer Normalizer = new(new TextNormalizerOptions { ExtractHtml = false });
    private readonly KoreanTokenizer _tokenizer = new();
    private readonly KnowledgeIndex _index;

    public SentenceRanker(KnowledgeIndex index) => _index = index;

    /// <summary>Bonus of a sentence holding the kind of answer asked for (an amount for 얼마, a step for 어떻게).</summary>
    private const double EvidenceBonus = 0.25;

    /// <summary>Penalty of a definition (…이란 …을 말합니다) when the question asks how, where, how much, when or who.</summary>
    private const double DefinitionPenalty = 0.3;

    /// <summary>
    /// Share of the overlap a sentence gets from question words found only in its guide's title and heading, when it
    /// holds the kind of answer asked for (an amount, a date, an age): list lines rarely repeat their subject.
    /// </summary>
    private const double ContextWeight = 0.5;

    /// <summary>Bonus of a sentence holding the kind asked for under a heading naming it (요금 for 얼마): the fare list
    /// before the card's own price in a purchase section.</summary>
    private const double KindSectionBonus = 0.15;

    /// <summary>Bonus of a sentence under a procedure heading (신청 방법, 배출 절차) when the question asks how or where.</summary>
    private const double ProcedureBonus = 0.15;

    /// <summary>
    /// Bonus of a line in a section for the people around someone (친구나 가족이 …, 주변에서 알게 되었다면) when the question is
    /// about someone else, penalty when it is not (<see cref="OtherPeople"/>): "요즘 죽고싶다는 생각이 들어요" is not answered with
    /// how to ask a friend about such thoughts. The heading names the subject its steps leave out ("친구나 가족이 자살을 생각하는
    /// 것 같을 때": 3. 충고나 판단보다 끝까지 들어 줍니다), so for a question about someone else its words count for every line.
    /// </summary>
    private const double OthersBonus = 0.15;

    /// <param name="concepts">The question's content words.</param>
    /// <param name="passages">The passages, best first.</param>
    /// <param name="intent">What the question asks for, read from its wording.</param>
    /// <param name="asked">The kind it names outright (<see cref="KindOfAnswer.Asked"/>); <see cref="QuestionIntent.Other"/> for none.</param>
    /// <param name="aboutOthers">True when the question is about someone other than the asker (<see cref="OtherPeople.AskedAbout"/>).</param>
    public List<RankedSentence> Rank(IReadOnlyList<QuestionConcept> concepts, IReadOnlyList<KnowledgeHit> passages, QuestionIntent intent = QuestionIntent.Other, QuestionIntent asked = QuestionIntent.Other, bool aboutOthers = false)
    {
        var idf = concepts.ToDictionary(c => c.Term, Idf);
        var total = Math.Max(1e-9, idf.Values.Sum());
        var ranked = new List<RankedSentence>();
        for (var rank = 0; rank < passages.Count; rank++)
        {
            var hit = passages[rank];
            var headingTokens = Terms(hit.Chunk.Section);
            var heading = headingTokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            var others = !OtherPeople.Section(headingTokens) ? 0 : aboutOthers ? OthersBonus : -OthersBonus;
            var headingMatch = concepts.Count == 0 ? 0 : concepts.Sum(c => c.MatchIn(heading)) / concepts.Count;
            var context = Terms(hit.Chunk.Title).Select(t => t.Term).Concat(heading).ToHashSet(StringComparer.Ordinal);
            var kindSection = IntentHeadings.Headings(asked)?.IsMatch(hit.Chunk.Section) == true ? KindSectionBonus : 0;
            var sentences = SentenceSplitter.Split(hit.Chunk.Text);
            IReadOnlyList<Token>? prompt = null;
            for (var position = 0; position < sentences.Count; position++)
            {
                var (start, length) = sentences[position];
                if (TableRows.Read(hit.Chunk.Text, start, length) is not { } read)
                {
                    continue;
                }

                var raw = read.Trim();
                var text = Clean(raw);
                if (IsPrompt(raw))
                {
                    prompt = Terms(text); // answered by the next sentence, which borrows its words
                    continue;
                }

                if (text.Length < MinSentenceLength || text.EndsWith('?'))
                {
                    continue;
                }

                var tokens = Terms(text);
                var terms = tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
                if (prompt is not null)
                {
                    terms.UnionWith(prompt.Select(t => t.Term));
                    prompt = null;
                }

                var holds = asked != QuestionIntent.Other && KindOfAnswer.Holds(asked, text);
                // "- 30일권: 62,000원" under "요금" in the 기후동행카드 guide names neither: the guide and heading are its subject,
                // for each word of the question the sentence does not name ("경복궁: 어른 3,000원" under 관람료).
                var overlap = concepts.Sum(c => idf[c.Term] * (holds ? Math.Max(c.MatchIn(terms), ContextWeight * c.MatchIn(context))
                    : others > 0 ? Math.Max(c.MatchIn(terms), c.MatchIn(heading)) : c.MatchIn(terms))) / total;

                var score = overlap + (0.2 * Proximity(concepts, tokens)) + (0.3 * headingMatch)
                    + (0.15 / (1 + rank)) + (0.05 / (1 + position)) + IntentScore(intent, text, hit.Chunk.Section) + (holds ? kindSection : 0) + others;
                ranked.Add(new RankedSentence(hit, rank, position, text, overlap > 0 ? score : 0));
            }
        }

        return ranked;
    }

    /// <summary>True when <paramref name="section"/> is a heading for the people around someone (<see cref="OtherPeople.Section"/>).</summary>
    public bool ForOthers(string section) => OtherPeople.Section(Terms(section));

    private static double IntentScore(QuestionIntent intent, string sentence, string section)
    {
        if (intent == QuestionIntent.Other)
        {
            return 0;
        }

        var score = QuestionIntentDetector.HasEvidence(intent, sentence) ? EvidenceBonus : 0;
        if (QuestionIntentDetector.IsDefinition(sentence))
        {
            score -= DefinitionPenalty;
        }

        if (intent is QuestionIntent.How or QuestionIntent.Where && ProcedureHeading().IsMatch(section))
        {
            score += ProcedureBonus;
        }

        return score;
    }

    [GeneratedRegex(@"방법|절차|신청|신고|배출|이용|접수|예약|납부|찾|어디|how|apply")]
    private static partial Regex ProcedureHeading();

    private static double Proximity(IReadOnlyList<QuestionConcept> concepts, IReadOnlyList<Token> tokens)
    {
        var positions = tokens.Where(t => concepts.Any(c => c.Term == t.Term || c.Parts.Contains(t.Term))).Select(t => t.Start).ToList();
        if (positions.Count < 2)
        {
            return 0;
        }

        return 1.0 / (1 + ((positions.Max() - positions.Min()) / 40.0));
    }

    /// <summary>
    /// The word's weight: rare words weigh more. A compound no guide uses weighs what its rarest part in the guides weighs
    /// ("돌려받을수있나" is matched through 돌려받, which five passages hold): as a word no guide uses it weighed most of all,
    /// and a water-bill refund line (이미 낸 요금은 … 돌려받습니다) outranked the taxi guide's line on the detour asked about.
    /// </summary>
    private double Idf(QuestionConcept concept)
    {
        var (df, n) = _index.Frequency(concept.Term);
        if (df == 0 && concept.Parts.Select(p => _index.Frequency(p).ChunkFrequency).Where(f => f > 0).DefaultIfEmpty(0).Min() is var part and > 0)
        {
            df = part;
        }

        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    private IReadOnlyList<Token> Terms(string text) => _tokenizer.Tokenize(Normalizer.Normalize(text).Text);

    /// <summary>
    /// A whole sentence in bold: a frequently-asked question or situation the guide answers next ("**옆집 할머니가
    /// 걱정돼요.**"). Never itself an answer — "가족 아니어도 긴급복지 도움 요청할 수 있어요?" was answered with that echo —
    /// but its words are the answer's subject, so the sentence after it matches on them.
    /// </summary>
    private static bool IsPrompt(string raw) => raw.Length > 4 && raw.StartsWith("**", StringComparison.Ordinal) && raw.EndsWith("**", StringComparison.Ordinal);

    /// <summary>Drops Markdown list markers, bold markers and heading hashes.</summary>
    internal static string Clean(string sentence) => MarkupPattern().Replace(BoldMarkers.Strip(sentence), string.Empty).Trim();

    [GeneratedRegex(@"^\s*(?:[-*+]|#{1,6}|\d+[.)])\s+")]
    private static partial Regex MarkupPattern();
}
