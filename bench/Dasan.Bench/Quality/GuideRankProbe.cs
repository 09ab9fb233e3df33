using System.Text.RegularExpressions;
using Dasan.Ai.Knowledge;

namespace Dasan.Bench.Quality;

/// <summary><c>answer-quality --rerank-probe [TREES LEAVES PER-LEAF]</c>: how often a learned guide ranker with these settings
/// puts a guide holding the answer first, against the heuristic it replaces (ADR 0110). Fitted on the training questions,
/// each writer left out in turn for the training figure, and on all of them for the tuning figure.</summary>
public static partial class GuideRankProbe
{
    public static void Run(ExtractiveAnswerer answerer, string folder, int trees, int leaves, int minPerLeaf, bool withUnanswerable)
    {
        var training = Rows(answerer, EvalSetReader.ReadTraining(folder));
        var tuning = Rows(answerer, EvalSetReader.ReadTuning(folder));
        Console.WriteLine($"candidates: training {training.Count(q => q.Answerable)} answerable questions, right guide among them {training.Count(q => q.Candidates.Any(c => c.Right))}; tuning {tuning.Count(q => q.Answerable)}, {tuning.Count(q => q.Candidates.Any(c => c.Right))}");
        Console.WriteLine($"heuristic first: training {First(training, Heuristic)}, tuning {First(tuning, Heuristic)}; BM25 first: training {First(training, c => -c.Features[0])}, tuning {First(tuning, c => -c.Features[0])}");
        var lowo = 0;
        var outOfWriter = new List<(double, bool)>();
        foreach (var writer in training.Select(q => q.Writer).Distinct().Order())
        {
            var model = Fit(training.Where(q => q.Writer != writer && (withUnanswerable || q.Answerable)), trees, leaves, minPerLeaf);
            var left = training.Where(q => q.Writer == writer).ToList();
            lowo += First(left, model);
            outOfWriter.AddRange(left.Select(q => (q.Candidates.Select(model).DefaultIfEmpty(-99).Max(), q.Answerable)));
        }

        var all = Fit(training.Where(q => withUnanswerable || q.Answerable), trees, leaves, minPerLeaf);
        Console.WriteLine($"ranker first ({trees} trees, {leaves} leaves, {minPerLeaf} per leaf, unanswerable {withUnanswerable}): training, each writer left out {lowo} of {training.Count(q => q.Answerable)}; tuning {First(tuning, all)} of {tuning.Count(q => q.Answerable)}");
        Console.WriteLine($"best guide's score as answerability: AUC training (writer left out) {Auc(outOfWriter):F3}, tuning {Auc([.. tuning.Select(q => (q.Candidates.Select(all).DefaultIfEmpty(-99).Max(), q.Answerable))]):F3}");
        foreach (var q in tuning.Where(q => q.Answerable && q.Candidates.Count > 0 && Best(q, all).Right != Best(q, Heuristic).Right))
        {
            Console.WriteLine($"  {(Best(q, all).Right ? "GAIN" : "LOSS")} {q.Id} {q.Text} → ranker {Best(q, all).Document}, heuristic {Best(q, Heuristic).Document}");
        }
    }

    /// <summary>The heuristic's choice (feature 14), BM25 order otherwise.</summary>
    private static double Heuristic(Candidate c) => (c.Features[14] * 100) - c.Features[0];

    private static Candidate Best(Question q, Func<Candidate, double> score) => q.Candidates.MaxBy(score)!;

    private static int First(IReadOnlyList<Question> questions, Func<Candidate, double> score) =>
        questions.Count(q => q.Answerable && q.Candidates.Count > 0 && Best(q, score).Right);

    private static double Auc(IReadOnlyList<(double Score, bool Positive)> scored)
    {
        var positives = scored.Where(s => s.Positive).Select(s => s.Score).ToList();
        var negatives = scored.Where(s => !s.Positive).Select(s => s.Score).ToList();
        var wins = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
        return wins / Math.Max(1, positives.Count * negatives.Count);
    }

    private static Func<Candidate, double> Fit(IEnumerable<Question> questions, int trees, int leaves, int minPerLeaf)
    {
        var ranker = GuideRankerFitter.Fit([.. questions.SelectMany(q => q.Candidates).Select(c => (c.Features, c.Right))], trees, leaves, minPerLeaf);
        return c => ranker.Score(c.Features);
    }

    private static List<Question> Rows(ExtractiveAnswerer answerer, IEnumerable<EvalQuestion> questions) =>
        [.. questions.Select(q => new Question(
            q.Id, WriterOf().Match(q.Id).Value, q.Question, q.Answerable,
            [.. answerer.Candidates(q.Question).Select(c => new Candidate(c.DocumentId, c.Features, q.Documents.Contains(c.DocumentId)))]))];

    [GeneratedRegex("^[a-z]+")]
    private static partial Regex WriterOf();

    private sealed record Question(string Id, string Writer, string Text, bool Answerable, IReadOnlyList<Candidate> Candidates);

    private sealed record Candidate(string Document, double[] Features, bool Right);
}
