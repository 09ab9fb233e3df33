namespace Dasan.Ai.Knowledge;

/// <summary>
/// The guides among the top BM25 hits, each described for the guide ranker: where and how strongly search found it, and how
/// much of the question its title, headings, sentences and whole text hold.
/// </summary>
internal static class GuideCandidates
{
    /// <summary>Number of values in each candidate's vector.</summary>
    public const int Count = 19;

    public static IReadOnlyList<(string DocumentId, double[] Features)> Of(RelevanceAssessor assessor, string question, IReadOnlyList<KnowledgeHit> hits, IReadOnlyList<QuestionConcept> concepts, string heuristicChoice)
    {
        if (hits.Count == 0 || concepts.Count == 0)
        {
            return [];
        }

        var documents = hits.Select(h => h.Chunk.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var topScore = Math.Max(hits[0].Score, 1e-6);
        var allScores = Math.Max(hits.Sum(h => h.Score), 1e-6);
        var guides = documents.ToDictionary(d => d, assessor.GuideOf, StringComparer.Ordinal);
        var topMatches = concepts.Select(c => c.MatchIn(guides[documents[0]].All)).ToArray();
        var weighted = documents.ToDictionary(d => d, d => assessor.Weighted(concepts, guides[d].All), StringComparer.Ordinal);
        var bestWeighted = weighted.Values.Max();
        var questionBigrams = SyllableBigrams.Of(question);
        var intent = QuestionIntentDetector.Detect(question);
        var rarest = concepts.MinBy(c => assessor.Frequency(c.Term) is var f and > 0 ? f : int.MaxValue)!;
        var result = new List<(string, double[])>(documents.Count);
        foreach (var document in documents)
        {
            var guide = guides[document];
            var own = hits.Select((h, i) => (h, i)).Where(x => x.h.Chunk.DocumentId == document).ToList();
            var matches = concepts.Select(c => c.MatchIn(guide.All)).ToArray();
            var title = own[0].h.Chunk.Title;
            var sentence = guide.Sentences.Count == 0 ? 0 : guide.Sentences.Max(s => concepts.Sum(c => c.MatchIn(s.Terms)) / concepts.Count);
            result.Add((document,
            [
                own[0].i / 10.0,
                own[0].h.Score / topScore,
                own.Sum(x => x.h.Score) / allScores,
                own.Count / 10.0,
                weighted[document],
                matches.Average(),
                concepts.Average(c => c.MatchIn(guide.Titles)),
                assessor.Weighted(concepts, guide.Titles),
                SyllableBigrams.Containment(questionBigrams, SyllableBigrams.Of(title)),
                matches.Average() - topMatches.Average(),
                weighted[document] - bestWeighted,
                matches.Zip(topMatches).All(m => m.First >= m.Second - 1e-9) ? 1 : 0,
                concepts.Count,
                sentence,
                document == heuristicChoice ? 1 : 0,
                documents.IndexOf(document) / 10.0,
                intent == QuestionIntent.Other ? sentence : guide.WithEvidence(intent).Select(terms => concepts.Sum(c => c.MatchIn(terms)) / concepts.Count).DefaultIfEmpty(0).Max(),
                rarest.MatchIn(guide.Titles),
                rarest.MatchIn(guide.All),
            ]));
        }

        return result;
    }
}
