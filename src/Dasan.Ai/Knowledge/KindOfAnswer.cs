using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Answers of the kind asked for (ADR 0324): a question naming an amount, a date, an age or group, a place or a phone
/// number is answered with sentences holding one, from its guide's section for it when the passages found lack it.
/// </summary>
internal static partial class KindOfAnswer
{
    /// <summary>Most sentences of an answer (as <see cref="ExtractiveAnswerer"/>).</summary>
    private const int MaxSentences = 4;

    /// <summary>How far below the best holding sentence another may score and still be part of the answer.</summary>
    private const double HoldingRatio = 0.5;

    /// <summary>
    /// The kind the question names outright, or <see cref="QuestionIntent.Other"/>. A question only ending like a
    /// yes/no question (가도 되나요, 발급 되나요) reads as eligibility to <see cref="QuestionIntentDetector"/>, but
    /// "경복궁 화요일에 가도 되나요" wants the closing day, not the ticket prices for adults.
    /// </summary>
    public static QuestionIntent Asked(string question, QuestionIntent intent) => intent switch
    {
        QuestionIntent.Other or QuestionIntent.How when AgeNamed().IsMatch(question) || WhoNamed().IsMatch(question) => QuestionIntent.Eligibility, // "What is the minimum age?", "어떤 집이 받아요?"
        QuestionIntent.Other or QuestionIntent.How or QuestionIntent.Eligibility when MonthOrHourNamed().IsMatch(question) && !EligibilityNamed().IsMatch(question)
            => QuestionIntent.When, // "무더위쉼터 몇월까지 운영해요", "몇 시까지 신청할 수 있어요"
        QuestionIntent.Other or QuestionIntent.How => QuestionIntent.Other,
        QuestionIntent.Eligibility when !EligibilityNamed().IsMatch(question) => QuestionIntent.Other,
        _ => intent,
    };

    /// <summary>True when the question asks for an age (몇 살까지, 나이 제한): only a sentence naming one answers it.</summary>
    public static bool AsksAge(string question) => AgeNamed().IsMatch(question);

    /// <summary>True when <paramref name="sentence"/> holds the kind <paramref name="asked"/> names (case aside: "Free Wi-Fi"),
    /// an age when <paramref name="age"/>.</summary>
    public static bool Holds(QuestionIntent asked, string sentence, bool age = false)
    {
        var lower = sentence.ToLowerInvariant();
        return asked switch
        {
            QuestionIntent.Eligibility when age => Age().IsMatch(lower),
            // 부터 and 까지 alone also open ages and places ("만 13세 이상부터"): a date or time must be named.
            QuestionIntent.When => DateOrTime().IsMatch(lower),
            QuestionIntent.Eligibility => QuestionIntentDetector.HasEvidence(asked, lower) || EnglishAge().IsMatch(lower),
            _ => QuestionIntentDetector.HasEvidence(asked, lower),
        };
    }

    /// <summary>
    /// The passages, plus the top guide's section whose heading names what is asked (요금 for 얼마, 대상 for 몇 살) when
    /// none of the top guide's passages comes from such a section: "기후동행카드 한 달에 얼마예요" matches every section of
    /// its guide on 기후동행카드, and the fee section need not be among the first three. Of several such sections, the one
    /// holding most question words (자동차세 언제: 납부 시기, not 기한을 넘기면).
    /// </summary>
    public static List<KnowledgeHit> WithSection(KnowledgeIndex index, List<KnowledgeHit> passages, QuestionIntent asked, IReadOnlyList<QuestionConcept> concepts)
    {
        if (passages.Count == 0 || IntentHeadings.Headings(asked) is not { } heading)
        {
            return passages;
        }

        var top = passages[0].Chunk.DocumentId;
        if (passages.Any(p => p.Chunk.DocumentId == top && heading.IsMatch(p.Chunk.Section)))
        {
            return passages;
        }

        var section = index.DocumentChunks(top)
            .Where(c => heading.IsMatch(c.Section) && passages.All(p => p.Chunk.Id != c.Id))
            .Select((c, order) => (Chunk: c, Order: order, Words: concepts.Count(k => c.Text.Contains(k.Term, StringComparison.Ordinal) || c.Section.Contains(k.Term, StringComparison.Ordinal))))
            .OrderByDescending(c => c.Words)
            .ThenBy(c => c.Order)
            .Select(c => c.Chunk)
            .FirstOrDefault();
        return section is null ? passages : [.. passages, new KnowledgeHit(section, 0, SnippetHighlighter.Plain(section.Text))];
    }

    /// <summary>
    /// The answer's sentences when some hold the kind asked for: those, best first, from the guide of the best sentence
    /// when the first passage comes from it too (an amount in another guide answers another question); the best other
    /// sentence of that guide follows only when a single one holds it. Null when none does.
    /// </summary>
    public static List<RankedSentence>? Lead(List<RankedSentence> candidates, QuestionIntent asked, bool age)
    {
        var guide = candidates[0].Hit.Chunk.DocumentId;
        if (candidates.FirstOrDefault(s => s.PassageRank == 0) is { } first && first.Hit.Chunk.DocumentId != guide)
        {
            // The best sentence and the first passage disagree on the guide: the first passage's guide answers only from its
            // own section for what is asked (기초연금 누가 받아요: 지급 대상, not another guide's line on 기초연금 수급자).
            var heading = IntentHeadings.Headings(asked);
            var top = first.Hit.Chunk.DocumentId;
            if (heading is null || !candidates.Exists(s => s.Hit.Chunk.DocumentId == top && heading.IsMatch(s.Hit.Chunk.Section) && Holds(asked, s.Text, age)))
            {
                return null;
            }

            guide = top;
        }

        var holding = candidates.Where(s => s.Hit.Chunk.DocumentId == guide && Holds(asked, s.Text, age)).DistinctBy(s => s.Text).ToList();
        if (holding.Count == 0)
        {
            return null;
        }

        var lead = holding.Where(s => s.Score >= HoldingRatio * holding[0].Score).Take(MaxSentences).ToList();
        if (lead.Count > 1)
        {
            // The guide's own section for what is asked (지급 대상 for 누가) opens the answer; lines from elsewhere follow. Its
            // conditions all apply, so they keep the guide's order (residence and age before income), not their scores'.
            var kind = IntentHeadings.Headings(asked);
            if (kind is null)
            {
                return lead;
            }

            var own = lead.Where(s => kind.IsMatch(s.Hit.Chunk.Section)).ToList();
            if (asked == QuestionIntent.Eligibility)
            {
                own = [.. own.OrderBy(s => s.PassageRank).ThenBy(s => s.Position)];
            }

            return [.. own, .. lead.Where(s => !kind.IsMatch(s.Hit.Chunk.Section))];
        }

        var texts = lead.Select(s => s.Text).ToHashSet(StringComparer.Ordinal);
        return [.. lead, .. candidates.Where(s => s.Hit.Chunk.DocumentId == guide && !texts.Contains(s.Text) && !holding.Contains(s)).Take(1)];
    }

    [GeneratedRegex(@"대상|자격|조건|몇\s*살|몇\s*세|나이|연령|누가|누구|소득|어떤\s*(사람|집|가구|가정|분)|수\s*있는\s*(사람|분|가구|집|가정)|who\b|eligib|qualif|how old|\bage\b", RegexOptions.IgnoreCase)]
    private static partial Regex EligibilityNamed();

    [GeneratedRegex(@"\d+\s*(일|시|분|주|개월|달|년|월)(?!\s*이상|\s*미만)|[월화수목금토일]요일|평일|주말|공휴일|휴관|휴궁|24시간|매년|매월|상시|연중|\d+:\d\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday|a\.m\.|p\.m\.|am|pm|days?|months?)\b")]
    private static partial Regex DateOrTime();

    /// <summary>Asks for a month or an hour of the day (몇월, 몇 시까지), not a number of hours (몇 시간), a birth month
    /// (몇월생) or 몇 시설.</summary>
    [GeneratedRegex(@"몇\s*월(?!\s*생)|몇\s*시(?=\s|에|까지|부터|쯤|즈음|\?|$)")]
    private static partial Regex MonthOrHourNamed();

    /// <summary>
    /// Asks which people or households qualify (어떤 분들이, 어떤 집은). Not 누가 alone ("누가 치워줘요" asks who does something),
    /// not whom to ask (어떤 분께, 어떤 사람한테), not 어떤 분야, 집수리, 가구를 (furniture): the noun must end there.
    /// </summary>
    [GeneratedRegex(@"어떤\s*(사람|집|가구|가정|분)들?(?=\s|이|가|은|는|도|만|$)")]
    private static partial Regex WhoNamed();

    [GeneratedRegex(@"몇\s*살|몇\s*세|몇\s*개월|나이|연령|how old|old enough|\bage\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeNamed();

    [GeneratedRegex(@"\d+\s*세|만\s*\d+|\d+\s*살|\d+\s*개월|years? old|aged \d+|\d+ or older|at least \d+")]
    private static partial Regex Age();

    [GeneratedRegex(@"\d+\s*(years? old|or older|and over|and older)|at least \d+|under \d+|aged \d+")]
    private static partial Regex EnglishAge();
}
