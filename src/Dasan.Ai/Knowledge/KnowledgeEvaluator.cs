namespace Dasan.Ai.Knowledge;

/// <summary>
/// Measures retrieval (recall@5, MRR over distinct documents) and refusal on the evaluation set, split by
/// <see cref="EvalSetReader.IsTuning"/>, and calibrates the refusal model on the tuning half only.
/// </summary>
public static class KnowledgeEvaluator
{
    private const int Depth = 30;

    /// <summary>Evaluates <paramref name="answerer"/> and <paramref name="index"/> on <paramref name="questions"/>.</summary>
    public static KnowledgeEvaluation Evaluate(KnowledgeIndex index, ExtractiveAnswerer answerer, IReadOnlyList<EvalQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(questions);
        var outcomes = questions.Select(q => Outcome(index, answerer, q)).ToList();
        var all = Metrics(outcomes);
        return new KnowledgeEvaluation(
            all.RecallAt5, all.Mrr, all.RefusalRate, all.FalseRefusalRate,
            Metrics(outcomes.Where(o => EvalSetReader.IsTuning(o.Question.Id)).ToList()),
            Metrics(outcomes.Where(o => !EvalSetReader.IsTuning(o.Question.Id)).ToList()));
    }

    /// <summary>Fits a refusal model on the tuning half of <paramref name="questions"/>.</summary>
    public static RefusalModel Calibrate(ExtractiveAnswerer answerer, IReadOnlyList<EvalQuestion> questions, double targetRefusal = 0.80)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(questions);
        var examples = questions
            .Where(q => EvalSetReader.IsTuning(q.Id))
            .Select(q => (answerer.Assess(q.Question), q.Answerable))
            .ToList();
        return RefusalCalibrator.Fit(examples, targetRefusal);
    }

    private static (EvalQuestion Question, int Rank, bool Refused) Outcome(KnowledgeIndex index, ExtractiveAnswerer answerer, EvalQuestion question)
    {
        var documents = index.Search(question.Question, null, Depth).Select(h => h.Chunk.DocumentId).Distinct().ToList();
        var rank = documents.FindIndex(question.Documents.Contains) + 1;
        return (question, rank, answerer.Answer(question.Question).Refused);
    }

    private static KnowledgeMetrics Metrics(List<(EvalQuestion Question, int Rank, bool Refused)> outcomes)
    {
        var answerable = outcomes.Where(o => o.Question.Answerable).ToList();
        var unanswerable = outcomes.Where(o => !o.Question.Answerable).ToList();
        return new KnowledgeMetrics(
            Ratio(answerable.Count(o => o.Rank is > 0 and <= 5), answerable.Count),
            answerable.Count == 0 ? 0 : Math.Round(answerable.Sum(o => o.Rank > 0 ? 1.0 / o.Rank : 0) / answerable.Count, 4),
            Ratio(unanswerable.Count(o => o.Refused), unanswerable.Count),
            Ratio(answerable.Count(o => o.Refused), answerable.Count),
            outcomes.Count,
            answerable.Count,
            unanswerable.Count,
            answerable.Where(o => o.Refused).Select(o => o.Question.Id).ToList(),
            unanswerable.Where(o => !o.Refused).Select(o => o.Question.Id).ToList());
    }

    private static double Ratio(int count, int total) => total == 0 ? 0 : Math.Round((double)count / total, 4);
}
