using System.Runtime.CompilerServices;
using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>Measures how well the top BM25 hits cover a question (see <see cref="RelevanceFeatures"/>).</summary>
internal sealed partial class RelevanceAssessor
{
    private static readonly TextNormalizer Normalizer = new(new TextNormalizerOptions { ExtractHtml = false });
    private readonly KoreanTokenizer _tokenizer = new();
    private readonly KnowledgeIndex _index;
    private readonly QuestionAnalyzer _questions;
    private readonly GuideRanker _ranker;

    /// <summary>The heading and body terms of a document, kept while the index returns the same chunk list for it.</summary>
    private readonly ConditionalWeakTable<IReadOnlyList<KnowledgeChunk>, GuideTerms> _documents = new();

    public RelevanceAssessor(KnowledgeIndex index, QuestionAnalyzer questions, GuideRanker? ranker = null)
    {
        _index = index;
        _questions = questions;
        _ranker = ranker ?? GuideRanker.Default;
    }

    /// <summary>The features of <paramref name="bm25Hits"/> as led by <see cref="Lead"/>, with the ranker's score of their guide.</summary>
    public RelevanceFeatures Assess(string question, IReadOnlyList<KnowledgeHit> bm25Hits, IReadOnlyList<QuestionConcept>? concepts = null, double guideScore = 0)
    {
        concepts ??= Concepts(question);
        if (bm25Hits.Count == 0 || concepts.Count == 0)
        {
            return RelevanceFeatures.None;
        }

        var top = bm25Hits[0].Chunk;
        var maxScore = _index.MaxPossibleScore(question);
        var chunkTerms = TermsOf(top.Title, top.Section, top.Text);
        var intent = QuestionIntentDetector.Detect(question);
        var sentenceCoverage = 0.0;
        var answerCoverage = 0.0;
        var questionBigrams = SyllableBigrams.Of(question);
        var passageBigrams = new HashSet<int>();
        var sentenceBigrams = 0.0;
        foreach (var hit in bm25Hits.Take(3))
        {
            var heading = TermsOf(hit.Chunk.Title, hit.Chunk.Section);
            foreach (var (start, length) in SentenceSplitter.Split(hit.Chunk.Text))
            {
                if (TableRows.Read(hit.Chunk.Text, start, length) is not { } sentence)
                {
                    continue;
                }

                var bigrams = SyllableBigrams.Of(sentence);
                passageBigrams.UnionWith(bigrams);
                sentenceBigrams = Math.Max(sentenceBigrams, SyllableBigrams.Containment(questionBigrams, bigrams));
                var terms = TermsOf(sentence);
                terms.UnionWith(heading);
                var coverage = Coverage(concepts, terms);
                sentenceCoverage = Math.Max(sentenceCoverage, coverage);
                if (QuestionIntentDetector.HasEvidence(intent, sentence))
                {
                    answerCoverage = Math.Max(answerCoverage, coverage);
                }
            }
        }

        var documentChunks = _index.DocumentChunks(top.DocumentId);
        var guide = _documents.GetValue(documentChunks, Terms);
        if (intent != QuestionIntent.Other)
        {
            // The answer may sit in another section of the top guide (지원 금액 under 문화누리카드): its sentences count too.
            foreach (var terms in guide.WithEvidence(intent))
            {
                answerCoverage = Math.Max(answerCoverage, Coverage(concepts, terms));
            }
        }

        var (titles, documentTerms) = (guide.Titles, guide.All);
        return new RelevanceFeatures(
            maxScore > 0 ? bm25Hits[0].Score / maxScore : 0,
            Coverage(concepts, chunkTerms),
            sentenceCoverage,
            WeightedCoverage(concepts, documentTerms),
            concepts.Count(IsUnknown),
            concepts.Count(c => c.Kind is TokenKind.Number or TokenKind.Mixed && !documentTerms.Contains(c.Term)),
            bm25Hits.Take(5).Count(h => h.Chunk.DocumentId == top.DocumentId) / 5.0,
            answerCoverage,
            Coverage(concepts, titles),
            CountedQuestion.Evidence(question, documentChunks.Select(c => c.Text)),
            concepts.Count,
            question.Length / 50.0,
            Math.Log(1 + bm25Hits[0].Score),
            SyllableBigrams.Containment(questionBigrams, passageBigrams),
            sentenceBigrams,
            guideScore,
            intent,
            Shape(question, concepts, documentTerms),
            GuideTopicModel.Inputs(top.DocumentId, question, guide.Fingerprint));
    }

    /// <summary>The hits led by the guide <see cref="Lead"/> chooses.</summary>
    public IReadOnlyList<KnowledgeHit> LeadWithBestGuide(string question, IReadOnlyList<KnowledgeHit> hits, IReadOnlyList<QuestionConcept>? concepts = null) =>
        Lead(question, hits, concepts ?? Concepts(question)).Hits;

    /// <summary>
    /// The hits led by the guide the <see cref="GuideRanker"/> finds likeliest to answer the question among the guides of the
    /// hits, with its score (ADR 0110); without a ranker, led by the heuristic it learned from (<see cref="HeuristicLead"/>),
    /// with score 0.
    /// </summary>
    public (IReadOnlyList<KnowledgeHit> Hits, double Score) Lead(string question, IReadOnlyList<KnowledgeHit> hits, IReadOnlyList<QuestionConcept> concepts)
    {
        if (hits.Count == 0 || concepts.Count == 0)
        {
            return (hits, 0);
        }

        var best = HeuristicLead(hits, concepts);
        var score = 0.0;
        if (_ranker.Trees.Count > 0)
        {
            (best, score) = GuideCandidates.Of(this, question, hits, concepts, best)
                .Select(c => (c.DocumentId, Score: _ranker.Score(c.Features))).MaxBy(c => c.Score);
        }

        return (best == hits[0].Chunk.DocumentId ? hits : [.. hits.Where(h => h.Chunk.DocumentId == best), .. hits.Where(h => h.Chunk.DocumentId != best)], score);
    }

    /// <summary>
    /// The guide that holds every word of the question the top hit's guide holds, and more, among the guides
    /// of the top five hits (the one holding most, BM25 order on ties); the top hit's guide otherwise. A guide that repeats one
    /// common word in many sections (요금 in the water bill guide) can outscore the one guide that also names the subject
    /// (경복궁 입장료 → the palace guide); a guide holding other words than the top one's does not displace it.
    /// </summary>
    internal string HeuristicLead(IReadOnlyList<KnowledgeHit> hits, IReadOnlyList<QuestionConcept> concepts)
    {
        var candidates = hits.Take(5).Select(h => h.Chunk.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count < 2 || concepts.Count < 2)
        {
            return candidates[0];
        }

        var top = Matches(concepts, candidates[0]);
        var (best, bestTotal) = (candidates[0], top.Sum());
        foreach (var candidate in candidates.Skip(1))
        {
            var matches = Matches(concepts, candidate);
            if (matches.Sum() > bestTotal + 1e-9 && matches.Zip(top).All(m => m.First >= m.Second - 1e-9))
            {
                (best, bestTotal) = (candidate, matches.Sum());
            }
        }

        return best;
    }

    /// <summary>
    /// The passage of the leading guide outside <paramref name="passages"/> whose sentence holding the kind of answer asked
    /// for shares more of the question's words than any such sentence of <paramref name="passages"/> (and at least half):
    /// "도로 싱크홀 신고 어디에 해요" is answered under 신고 방법, which search ranks below the section on what to report.
    /// Null when there is none.
    /// </summary>
    public KnowledgeHit? EvidencePassage(IReadOnlyList<KnowledgeHit> passages, QuestionIntent asked, IReadOnlyList<QuestionConcept> concepts)
    {
        if (asked is QuestionIntent.Other or QuestionIntent.How || passages.Count == 0 || concepts.Count == 0)
        {
            return null;
        }

        var bestCoverage = Math.Max(0.5, passages.Select(p => EvidenceCoverage(p.Chunk, asked, concepts)).Max());
        var best = _index.DocumentChunks(passages[0].Chunk.DocumentId)
            .Where(c => passages.All(p => p.Chunk.Id != c.Id))
            .Select(c => (Chunk: c, Coverage: EvidenceCoverage(c, asked, concepts)))
            .Where(c => c.Coverage > bestCoverage + 1e-9)
            .OrderByDescending(c => c.Coverage)
            .FirstOrDefault().Chunk;
        return best is null ? null : new KnowledgeHit(best, 0, SnippetHighlighter.Plain(best.Text));
    }

    private double EvidenceCoverage(KnowledgeChunk chunk, QuestionIntent asked, IReadOnlyList<QuestionConcept> concepts)
    {
        var heading = TermsOf(chunk.Title, chunk.Section);
        var coverage = 0.0;
        foreach (var (start, length) in SentenceSplitter.Split(chunk.Text))
        {
            if (TableRows.Read(chunk.Text, start, length) is { } sentence && QuestionIntentDetector.HasEvidence(asked, sentence))
            {
                var terms = TermsOf(sentence);
                terms.UnionWith(heading);
                coverage = Math.Max(coverage, Coverage(concepts, terms));
            }
        }

        return coverage;
    }

    /// <summary>The words of a guide (title and headings, all, per sentence), kept per index snapshot.</summary>
    public GuideTerms GuideOf(string documentId) => _documents.GetValue(_index.DocumentChunks(documentId), Terms);

    /// <summary>Number of passages holding <paramref name="term"/>.</summary>
    public int Frequency(string term) => _index.Frequency(term).ChunkFrequency;

    /// <summary>The IDF-weighted share of <paramref name="concepts"/> found in <paramref name="terms"/>.</summary>
    public double Weighted(IReadOnlyList<QuestionConcept> concepts, HashSet<string> terms) => WeightedCoverage(concepts, terms);

    /// <summary>The question's content words as read against the current index (pass them on to avoid reading twice).</summary>
    public IReadOnlyList<QuestionConcept> Concepts(string question) => _questions.Concepts(question, _index.Knows);

    private double[] Matches(IReadOnlyList<QuestionConcept> concepts, string documentId)
    {
        var terms = _documents.GetValue(_index.DocumentChunks(documentId), Terms).All;
        return [.. concepts.Select(c => c.MatchIn(terms))];
    }

    /// <summary>Tags replacing content words in <see cref="RelevanceFeatures.Shape"/>.</summary>
    public const string InGuide = " zqg ", ElsewhereInBase = " zqo ", Unknown = " zqn ";

    private string Shape(string question, IReadOnlyList<QuestionConcept> concepts, HashSet<string> documentTerms)
    {
        // A request verb (알려주세요, 가르쳐 줘) says nothing about whether a guide answers; the training writers used it far more
        // in questions no guide answers (31 to 8), so the shape model would learn their habit, not the question's form. The
        // same for an office's closing formula (문의드립니다, 확인 요청, 부탁드립니다): 69 answerable to 130 not.
        var text = RequestVerb().Replace(Normalizer.Normalize(question).Text.ToLowerInvariant(), " ");
        foreach (var concept in concepts.OrderByDescending(c => c.Term.Length))
        {
            var tag = concept.MatchIn(documentTerms) > 0 ? InGuide : IsUnknown(concept) ? Unknown : ElsewhereInBase;
            // A word joined from two typed apart (장애인 콜택시 → 장애인콜택시) is replaced where it was typed.
            text = text.Contains(concept.Term, StringComparison.Ordinal) || concept.Term.Length < 2
                ? text.Replace(concept.Term, tag, StringComparison.Ordinal)
                : System.Text.RegularExpressions.Regex.Replace(text, string.Join(" ?", concept.Term.Select(c => System.Text.RegularExpressions.Regex.Escape(c.ToString()))), tag);
        }

        return text;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(좀\s*)?(알려|가르쳐)\s*(주|줘|줄)\S*|(관련\s*)?문의\s*(드립니다|드려요|합니다)|요청\s*(드립니다|드려요|합니다)?(?=[\s.?!]*$)|부탁\s*(드립니다|드려요)")]
    private static partial System.Text.RegularExpressions.Regex RequestVerb();

    private static double Coverage(IReadOnlyList<QuestionConcept> concepts, HashSet<string> terms) =>
        concepts.Sum(c => c.MatchIn(terms)) / concepts.Count;

    private double WeightedCoverage(IReadOnlyList<QuestionConcept> concepts, HashSet<string> terms)
    {
        double covered = 0, total = 0;
        foreach (var concept in concepts)
        {
            var (df, n) = _index.Frequency(concept.Term);
            var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            total += idf;
            covered += idf * concept.MatchIn(terms);
        }

        return total > 0 ? covered / total : 0;
    }

    private bool IsUnknown(QuestionConcept concept) =>
        _index.Frequency(concept.Term).ChunkFrequency == 0
        && (concept.Alternatives is not { Count: > 0 } || concept.Alternatives.All(a => _index.Frequency(a).ChunkFrequency == 0))
        && (concept.Parts.Count == 0 || concept.Parts.Any(p => _index.Frequency(p).ChunkFrequency == 0));

    private GuideTerms Terms(IReadOnlyList<KnowledgeChunk> chunks)
    {
        var sentences = new List<(string, HashSet<string>)>();
        foreach (var chunk in chunks)
        {
            var heading = TermsOf(chunk.Title, chunk.Section);
            foreach (var (start, length) in SentenceSplitter.Split(chunk.Text))
            {
                if (TableRows.Read(chunk.Text, start, length) is not { } sentence)
                {
                    continue;
                }

                var terms = TermsOf(sentence);
                terms.UnionWith(heading);
                sentences.Add((sentence, terms));
            }
        }

        return new GuideTerms(
            TermsOf(chunks.Select(c => c.Title + "\n" + c.Section).Distinct().ToArray()),
            TermsOf(chunks.Select(c => c.Title + "\n" + c.Section + "\n" + c.Text).ToArray()),
            sentences);
    }

    private HashSet<string> TermsOf(params string[] texts)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var token in _tokenizer.Tokenize(Normalizer.Normalize(text).Text))
            {
                terms.Add(token.Term);
            }
        }

        return terms;
    }
}
