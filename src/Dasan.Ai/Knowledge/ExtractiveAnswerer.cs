using System.Text;
using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Answers a question from the knowledge index with 2–4 extracted sentences and numbered citations, or
/// refuses when the <see cref="RefusalModel"/> judges the knowledge base silent (and always for questions
/// about one person's case or opinions, which a knowledge base cannot answer). Thread-safe.
/// </summary>
public sealed partial class ExtractiveAnswerer
{
    private const int Passages = 3;
    private const int MaxSentences = 4;
    private const double KeepRatio = 0.6;
    private const double MinContactCoverage = 0.4;

    /// <summary>
    /// Share of the question's words the top passage must hold for its guide's department to be named when the guide's
    /// title shares none of them: "여권 재발급 어디서 해요" shares a word here and a word there with the library card's guide,
    /// and was sent to 서울도서관.
    /// </summary>
    private const double MinContactChunkCoverage = 0.6;

    private readonly KnowledgeIndex _index;
    private readonly RefusalModel? _model;
    private readonly QuestionAnalyzer _questions = new();
    private readonly RelevanceAssessor _assessor;
    private readonly SentenceRanker _ranker;

    /// <summary>Creates an answerer over <paramref name="index"/>; null model means <see cref="RefusalModel.Default"/>, null ranker
    /// <see cref="GuideRanker.Default"/>.</summary>
    public ExtractiveAnswerer(KnowledgeIndex index, RefusalModel? model = null, GuideRanker? ranker = null)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _model = model;
        _assessor = new RelevanceAssessor(index, _questions, ranker);
        _ranker = new SentenceRanker(index);
    }

    /// <summary>The Korean refusal message, without the department sentence.</summary>
    public const string RefusalMessage = "죄송합니다. 등록된 안내 자료에서 이 질문에 대한 답을 찾지 못했습니다.";

    /// <summary>The relevance features of <paramref name="question"/> (for calibration and diagnostics).</summary>
    public RelevanceFeatures Assess(string question, KnowledgeFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = WithoutMaskedData(question);
        var concepts = _assessor.Concepts(question);
        var (hits, guideScore) = _assessor.Lead(question, _index.Search(question, filter, 10), concepts);
        return _assessor.Assess(question, hits, concepts, guideScore);
    }

    /// <summary>The passages an answer is judged and drawn from: the BM25 hits, led by the guide that holds most of the question.</summary>
    public IReadOnlyList<KnowledgeHit> Hits(string question, KnowledgeFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = WithoutMaskedData(question);
        return _assessor.LeadWithBestGuide(question, _index.Search(question, filter, 10));
    }

    /// <summary>The guides among the top hits with the guide ranker's inputs (for fitting and diagnostics).</summary>
    internal IReadOnlyList<(string DocumentId, double[] Features)> Candidates(string question)
    {
        question = WithoutMaskedData(question);
        var concepts = _assessor.Concepts(question);
        var hits = _index.Search(question, null, 10);
        return hits.Count == 0 ? [] : GuideCandidates.Of(_assessor, question, hits, concepts, _assessor.HeuristicLead(hits, concepts));
    }

    /// <summary>The same answerer with another guide ranker (for fitting the refusal model on rankers that have not seen a
    /// question's writer, ADR 0110).</summary>
    public ExtractiveAnswerer WithRanker(GuideRanker ranker) => new(_index, _model, ranker);

    /// <summary>Searches the index (BM25) and answers from its top passages.</summary>
    public Answer Answer(string question, KnowledgeFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var hits = _index.Search(WithoutMaskedData(question), filter, 10);
        return Compose(question, hits, hits);
    }

    /// <summary>
    /// Answers from <paramref name="passages"/> (e.g. <see cref="HybridSearcher"/> results) while judging
    /// relevance on <paramref name="bm25Hits"/> (<see cref="KnowledgeIndex.Search"/> for the same question).
    /// </summary>
    public Answer Compose(string question, IReadOnlyList<KnowledgeHit> bm25Hits, IReadOnlyList<KnowledgeHit> passages)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(bm25Hits);
        ArgumentNullException.ThrowIfNull(passages);
        question = WithoutMaskedData(question);
        var concepts = _assessor.Concepts(question);
        var (led, guideScore) = _assessor.Lead(question, bm25Hits, concepts);
        (bm25Hits, passages) = (led, ReferenceEquals(bm25Hits, passages) ? led : _assessor.LeadWithBestGuide(question, passages, concepts));
        var features = _assessor.Assess(question, bm25Hits, concepts, guideScore);
        var refusal = _model ?? RefusalModel.Default;
        var relevance = refusal.Score(features);
        var department = bm25Hits.Count > 0 && features.DocumentCoverage >= MinContactCoverage
            && (features.TitleCoverage > 0 || features.ChunkCoverage >= MinContactChunkCoverage) ? bm25Hits[0].Chunk.Department : null;
        if (relevance < refusal.Threshold || OutOfScopePattern().IsMatch(question))
        {
            return Refuse(department, relevance);
        }

        var intent = QuestionIntentDetector.Detect(question);
        var asked = KindOfAnswer.Asked(question, intent);
        var chosen = KindOfAnswer.WithSection(_index, passages.Take(Passages).ToList(), asked, concepts);
        if (_assessor.EvidencePassage(chosen, asked, concepts) is { } evidence)
        {
            chosen.Add(evidence);
        }

        var aboutOthers = OtherPeople.AskedAbout(_questions.Terms(question), question);
        if (aboutOthers && ForOthers(chosen) is { } helping)
        {
            chosen.Add(helping);
        }

        var ranked = _ranker.Rank(concepts, chosen, intent, asked, aboutOthers);
        if (intent is QuestionIntent.How or QuestionIntent.Other && Steps(ranked, intent) is { } steps)
        {
            return steps with { Department = department, Relevance = relevance };
        }

        var age = KindOfAnswer.AsksAge(question);
        var selected = OpenWithoutConnective(Select(ranked, asked, age), s => asked == QuestionIntent.Other || KindOfAnswer.Holds(asked, s.Text, age));
        if (selected.Count == 0)
        {
            // The passage matched through its title or heading only: its opening sentences are the answer.
            selected = ranked.Where(s => s.PassageRank == 0).OrderBy(s => s.Position).Take(2).ToList();
        }

        if (selected.Count == 0)
        {
            return Refuse(department, relevance);
        }

        var citations = new List<Citation>();
        var text = new StringBuilder();
        foreach (var sentence in selected)
        {
            // What a sentence needs before it (the sentence it leans on, the line that introduces its list) is said once;
            // a sentence already said as another's context is not said again.
            var before = SentenceContext.Before(sentence);
            var said = text.ToString();
            if (said.Contains(sentence.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var rendered = before is null || said.Contains(before, StringComparison.Ordinal) || selected.Exists(s => s.Text.StartsWith(before, StringComparison.Ordinal))
                ? sentence.Text
                : before[^1] is '.' or '?' or '!' ? $"{before} {sentence.Text}" : $"{before}: {sentence.Text}";

            var chunk = sentence.Hit.Chunk;
            var citation = citations.Find(c => c.ChunkId == chunk.Id);
            if (citation is null)
            {
                citation = new Citation(citations.Count + 1, chunk.Id, chunk.DocumentId, chunk.Title, chunk.Section, sentence.Hit.Snippet);
                citations.Add(citation);
            }

            text.Append(text.Length > 0 ? " " : string.Empty).Append(rendered).Append(" [").Append(citation.Number).Append(']');
        }

        return new Answer(text.ToString(), false, citations, department, relevance);
    }

    /// <summary>
    /// For a "how" question whose best sentence sits in a numbered procedure, the procedure itself, in order (up to
    /// <see cref="MaxSteps"/> steps): the steps are the answer, not one sentence torn out of them. The line announcing them
    /// (…다음처럼 도울 수 있습니다) comes first; and when that line is the best sentence of any other question
    /// ("친구가 극단적 선택을 할 것 같아요"), the steps it announces are the answer too, not the announcement alone.
    /// </summary>
    private static Answer? Steps(List<RankedSentence> ranked, QuestionIntent intent)
    {
        var best = ranked.Where(r => r.Score > 0).MaxBy(r => r.Score);
        if (best is null)
        {
            return null;
        }

        var chunk = best.Hit.Chunk;
        var lines = chunk.Text.Split('\n').Select(l => l.Trim()).ToList();
        var first = lines.FindIndex(l => StepLine().IsMatch(l));
        var lead = first > 0 && LeadIn().IsMatch(lines[first - 1]) ? lines[first - 1] : null;
        if (intent != QuestionIntent.How && (lead is null || !lead.Contains(best.Text, StringComparison.Ordinal)))
        {
            return null;
        }

        var steps = lines.Where(l => StepLine().IsMatch(l)).Take(MaxSteps).ToList();
        if (steps.Count < 2)
        {
            return null;
        }

        var citation = new Citation(1, chunk.Id, chunk.DocumentId, chunk.Title, chunk.Section, best.Hit.Snippet);
        return new Answer(string.Join(" ", lead is null ? steps : [lead, .. steps]) + " [1]", false, [citation], null, 0);
    }

    /// <summary>A line announcing the list after it (다음처럼 …, 다음과 같습니다, 다음 순서로 …).</summary>
    [GeneratedRegex(@"다음(처럼|과\s*같|\s*순서)")]
    private static partial Regex LeadIn();

    /// <summary>
    /// The top guide's section for the people around someone (친구나 가족이 …), when the question is about someone else and
    /// the passages lack it: "친구가 자살 암시를 하는데 어떻게 해야돼요" matched the guide's lines on 자살 elsewhere first.
    /// </summary>
    private KnowledgeHit? ForOthers(List<KnowledgeHit> passages)
    {
        if (passages.Count == 0)
        {
            return null;
        }

        var top = passages[0].Chunk.DocumentId;
        if (passages.Exists(p => p.Chunk.DocumentId == top && _ranker.ForOthers(p.Chunk.Section)))
        {
            return null;
        }

        return _index.DocumentChunks(top).FirstOrDefault(c => _ranker.ForOthers(c.Section)) is { } section
            ? new KnowledgeHit(section, 0, SnippetHighlighter.Plain(section.Text))
            : null;
    }

    private const int MaxSteps = 6;

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S")]
    private static partial Regex StepLine();

    private static List<RankedSentence> Select(List<RankedSentence> ranked, QuestionIntent asked, bool age)
    {
        var candidates = ranked.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        if (asked != QuestionIntent.Other && KindOfAnswer.Lead(candidates, asked, age) is { } lead)
        {
            return lead; // an amount, a date, an age, a place or a number asked for: the sentences holding one, best first
        }

        // A sentence from another guide than the best sentence's is no second sentence by right: it needs the score of
        // one, or "아파트 복도에 연기가 가득해요" is answered with the fire guide's line and the dog-walking guide's line on
        // 복도 after it.
        var best = candidates[0].Score;
        var guide = candidates[0].Hit.Chunk.DocumentId;
        return candidates
            .Where((s, i) => s.Score >= KeepRatio * best || (i < 2 && s.Hit.Chunk.DocumentId == guide))
            .DistinctBy(s => s.Text)
            .Take(MaxSentences)
            .OrderBy(s => s.PassageRank)
            .ThenBy(s => s.Position)
            .ToList();
    }

    /// <summary>
    /// The sentences with one that stands on its own first: a sentence opening with 다만, 이때 or 그 밖에 leans on the one
    /// before it in its guide, and as the answer's first words ("다만 국민연금 액수에 따라 …") it answers nothing. Only a
    /// sentence that also <paramref name="answers"/> (holds the amount or date asked for) takes its place.
    /// </summary>
    private static List<RankedSentence> OpenWithoutConnective(List<RankedSentence> selected, Func<RankedSentence, bool> answers)
    {
        if (selected.Count < 2 || !LeaningOpener().IsMatch(selected[0].Text)
            || selected.FindIndex(s => !LeaningOpener().IsMatch(s.Text) && answers(s)) is not (> 0 and var first))
        {
            return selected;
        }

        return [selected[first], .. selected.Where((_, i) => i != first)];
    }

    [GeneratedRegex(@"^(다만|하지만|그러나|그런데|단[,\s]|또한|또\s|이때|이 경우|그래서|따라서|그러면|그리고|이 밖에|이밖에|그 밖에|반면|대신)")]
    private static partial Regex LeaningOpener();

    /// <summary>The refusal answer, naming <paramref name="department"/> to contact when known.</summary>
    public static Answer Refuse(string? department, double relevance)
    {
        var contact = department is null
            ? " 120다산콜재단(국번 없이 120)으로 문의해 주세요."
            : $" 이 내용은 {department}에 문의하시거나 120다산콜재단(국번 없이 120)으로 문의해 주세요.";
        return new Answer(RefusalMessage + contact, true, [], department, relevance);
    }

    /// <summary>
    /// The question without masked personal data (010-****-6789, 홍**): masks are neither content words nor
    /// numbers the knowledge base should contain, so they must not push a question towards refusal.
    /// </summary>
    public static string WithoutMaskedData(string question) => MaskedSpan().Replace(question ?? string.Empty, " ");

    [GeneratedRegex(@"[\p{L}\p{N}@._-]*\*{2,}[\p{L}\p{N}@._*-]*")]
    private static partial Regex MaskedSpan();

    /// <summary>Questions about one person's case (접수번호, 합격 여부, 제 민원 but not 언제 신청), opinions, or the weather to
    /// come (내일 날씨 어때요), which no guide answers: a guide that mentions weather (날씨에 맞는 겉옷) holds every word of
    /// such a question.</summary>
    [GeneratedRegex(@"접수번호|붙었는지|떨어졌는지|(?<![가-힣])(제|내) (민원|신청)|생각해요\?|생각하세요|어떻게 생각|(날씨|기온)(는|은|가)?\s*(어때|어떤가|어떨|알려|몇 ?도)|일기 ?예보")]
    private static partial Regex OutOfScopePattern();
}
