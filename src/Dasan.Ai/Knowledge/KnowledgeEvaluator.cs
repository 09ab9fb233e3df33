namespace Dasan.Ai.Knowledge;

/// <summary>
/// Measures retrieval (recall@5, MRR over distinct documents), refusals and on-topic cited answers on a question set,
/// and fits the refusal model (ADR 0107): weights on the training questions, the threshold on the tuning questions;
/// the reporting questions are only ever measured.
/// </summary>
public static class KnowledgeEvaluator
{
    private const int Depth = 30;

    /// <summary>Evaluates <paramref name="answerer"/> on the tuning and the reporting questions.</summary>
    public static KnowledgeEvaluation Evaluate(KnowledgeIndex index, ExtractiveAnswerer answerer, IReadOnlyList<EvalQuestion> tuning, IReadOnlyList<EvalQuestion> report)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(report);
        var reported = Measure(index, answerer, report);
        return new KnowledgeEvaluation(reported.RecallAt5, reported.Mrr, reported.RefusalRate, reported.FalseRefusalRate, reported, Measure(index, answerer, tuning));
    }

    /// <summary>The metrics of one question set.</summary>
    public static KnowledgeMetrics Measure(KnowledgeIndex index, ExtractiveAnswerer answerer, IReadOnlyList<EvalQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return Metrics(questions.Select(q => Outcome(index, answerer, q)).ToList());
    }

    /// <summary>Fits the refusal model (with its guide ranker, <see cref="Fit"/>).</summary>
    public static RefusalModel Calibrate(ExtractiveAnswerer answerer, IReadOnlyList<EvalQuestion> training, IReadOnlyList<EvalQuestion> tuning, bool shapes = true) =>
        Fit(answerer, training, tuning, shapes).Refusal;

    /// <summary>
    /// Fits the guide ranker on <paramref name="training"/>, then the refusal trees on <paramref name="training"/> and their
    /// threshold on <paramref name="tuning"/> (ADR 0107). The training questions' features come from a ranker that has not
    /// seen their writer (ADR 0110), as their shape probabilities do: a ranker scoring its own training questions is surer
    /// than it will be on a new one, and trees fitted on that would trust it too much.
    /// </summary>
    /// <remarks>Without <paramref name="rank"/>, no ranker: the heuristic leads (<see cref="GuideRanker.None"/>, for comparison).</remarks>
    public static (GuideRanker Ranker, RefusalModel Refusal) Fit(ExtractiveAnswerer answerer, IReadOnlyList<EvalQuestion> training, IReadOnlyList<EvalQuestion> tuning, bool shapes = true, bool rank = true)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(tuning);
        // A question's writer is the letters its id starts with (t0001, g0014, …): the shape model is judged without it.
        var writers = training.Select(q => new string([.. q.Id.TakeWhile(char.IsLetter)])).ToList();
        if (!rank)
        {
            var unranked = answerer.WithRanker(GuideRanker.None);
            var fitted = RefusalCalibrator.Fit([.. training.Select(q => (unranked.Assess(q.Question), q.Answerable))], shapes, writers);
            return (GuideRanker.None, RefusalCalibrator.ChooseThreshold(fitted, [.. tuning.Select(q => (unranked.Assess(q.Question), q.Answerable))]));
        }

        // Reading the questions runs on every core (each reading is alone: ConcurrentAssessTests); the models are fitted in
        // turn, because ML.NET trees fitted side by side once gave another model (ADR 0111).
        var candidates = training.AsParallel().AsOrdered().Select(q => GuideRankerFitter.Candidates(answerer, q)).ToList();
        var ranker = GuideRankerFitter.Fit([.. candidates.SelectMany(c => c)]);
        var features = new RelevanceFeatures[training.Count];
        foreach (var writer in writers.Distinct(StringComparer.Ordinal))
        {
            var others = candidates.Where((_, i) => writers[i] != writer).SelectMany(c => c).ToList();
            var unseen = answerer.WithRanker(others.Count > 0 ? GuideRankerFitter.Fit(others) : ranker);
            Parallel.ForEach(Enumerable.Range(0, training.Count).Where(i => writers[i] == writer), i => features[i] = unseen.Assess(training[i].Question));
        }

        var model = RefusalCalibrator.Fit([.. features.Select((f, i) => (f, training[i].Answerable))], shapes, writers);
        var ranked = answerer.WithRanker(ranker);
        return (ranker, RefusalCalibrator.ChooseThreshold(model, [.. tuning.AsParallel().AsOrdered().Select(q => (ranked.Assess(q.Question), q.Answerable))]));
    }

    private static (EvalQuestion Question, int Rank, bool Refused, bool OnTopic) Outcome(KnowledgeIndex index, ExtractiveAnswerer answerer, EvalQuestion question)
    {
        var documents = index.Search(question.Question, null, Depth).Select(h => h.Chunk.DocumentId).Distinct().ToList();
        var rank = documents.FindIndex(question.Documents.Contains) + 1;
        var answer = answerer.Answer(question.Question);
        return (question, rank, answer.Refused, !answer.Refused && answer.Citations.Any(c => question.Documents.Contains(c.DocumentId)));
    }

    private static KnowledgeMetrics Metrics(List<(EvalQuestion Question, int Rank, bool Refused, bool OnTopic)> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Answerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Question.Answerable).ToList();
        return new KnowledgeMetrics(
            Ratio(answerable.Count(o => o.Rank is > 0 and <= 5), answerable.Count),
            answerable.Count == 0 ? 0 : Math.Round(answerable.Sum(o => o.Rank > 0 ? 1.0 / o.Rank : 0) / answerable.Count, 4),
            Ratio(unanswerable.Count(o => o.Refused), unanswerable.Count),
            Ratio(answerable.Count(o => o.Refused), answerable.Count),
            Ratio(answerable.Count(o => o.OnTopic), answerable.Count),
            outcomes.Count,
            answerable.Count,
            unanswerable.Count,
            answerable.Where(o => o.Refused).Select(o => o.Question.Id).ToList(),
            unanswerable.Where(o => !o.Refused).Select(o => o.Question.Id).ToList());
    }

    private static double Ratio(int count, int total) => total == 0 ? 0 : Math.Round((double)count / total, 4);
}
