using Dasan.Ai.Knowledge;

namespace Dasan.Bench.Quality;

/// <summary>
/// <c>answer-quality --refit-noise N</c>: how much of a change in the refusal figures is the refit itself. Boosted trees
/// refitted after a small change of features move by chance; this refits N times, each without a different twentieth of
/// the training questions, and prints the mean and spread of the tuning figures (pooled AUC, the balance the threshold
/// maximises, and refusals at that threshold), so two designs are compared on their means, not on one fit each; and the
/// same with the threshold refusing fixed shares of the unanswerable tuning questions (the shipped rule's among them) and at the peak of
/// the balance averaged over 10, 20 or 40 candidates on either side (ADR 0107).
/// Tuning questions only: the reporting sets are never read here.
/// </summary>
public static class RefitNoise
{
    /// <summary>Fixed shares of the unanswerable tuning questions refused, as the shipped rule sets the threshold (ADR 0107).</summary>
    private static readonly int[] FixedShares = [75, 85, 88, 90];

    public static void Run(ExtractiveAnswerer answerer, string folder, int fits, bool rank = true)
    {
        var training = EvalSetReader.ReadTraining(folder);
        var tuning = EvalSetReader.ReadTuning(folder);
        var runs = new List<(double Auc, double Balance, double FalseRefusals, double Refused)>();
        var smoothed = new List<(int Window, double FalseRefusals, double Refused)>();
        for (var fit = 0; fit < fits; fit++)
        {
            var subset = training.Where((_, i) => (i * 7 + fit) % 20 != 0).ToList();
            var (ranker, model) = KnowledgeEvaluator.Fit(answerer, subset, tuning, rank: rank);
            var ranked = answerer.WithRanker(ranker);
            var features = tuning.Select(q => (Features: ranked.Assess(q.Question), q.Answerable)).ToList();
            var scored = features.Select(f => (Score: model.Score(f.Features), f.Answerable)).ToList();
            var answerable = scored.Where(s => s.Answerable).Select(s => s.Score).ToList();
            var unanswerable = scored.Where(s => !s.Answerable).Select(s => s.Score).ToList();
            var falseRefusals = answerable.Count(s => s < model.Threshold) / (double)answerable.Count;
            var refused = unanswerable.Count(s => s < model.Threshold) / (double)unanswerable.Count;
            var run = (Auc(answerable, unanswerable), 1 - falseRefusals + refused, falseRefusals, refused);
            runs.Add(run);
            Console.WriteLine($"  fit {fit + 1}: AUC {run.Item1:F3}  balance {run.Item2:F3}  false refusals {falseRefusals:P1}  refused {refused:P1}  (threshold {model.Threshold:F2})");
            foreach (var share in FixedShares)
            {
                var fixedCut = unanswerable.Order().ElementAt((int)Math.Ceiling(share / 100.0 * unanswerable.Count) - 1) + 0.01;
                var fixedFr = answerable.Count(x => x < fixedCut) / (double)answerable.Count;
                var fixedRf = unanswerable.Count(x => x < fixedCut) / (double)unanswerable.Count;
                smoothed.Add((-share, fixedFr, fixedRf));
                Console.WriteLine($"      refusing {share} %: false refusals {fixedFr:P1}  refused {fixedRf:P1}  (threshold {fixedCut:F2})");
            }
            foreach (var k in new[] { 10, 20, 40 })
            {
                var t = Smoothed(answerable, unanswerable, k);
                var fr = answerable.Count(x => x < t) / (double)answerable.Count;
                var rf = unanswerable.Count(x => x < t) / (double)unanswerable.Count;
                smoothed.Add((k, fr, rf));
                Console.WriteLine($"      window {k}: false refusals {fr:P1}  refused {rf:P1}  balance {1 - fr + rf:F3}  (threshold {t:F2})");
            }
        }

        Console.WriteLine($"refit noise over {fits} fits: AUC {Mean(runs.Select(r => r.Auc))}  balance {Mean(runs.Select(r => r.Balance))}  "
            + $"false refusals {Mean(runs.Select(r => r.FalseRefusals * 100))} %  refused {Mean(runs.Select(r => r.Refused * 100))} %");
        foreach (var group in smoothed.GroupBy(s => s.Window))
        {
            Console.WriteLine($"  {(group.Key < 0 ? $"refusing {-group.Key} %" : $"window {group.Key}")}: false refusals {Mean(group.Select(g => g.FalseRefusals * 100))} %  refused {Mean(group.Select(g => g.Refused * 100))} %  balance {Mean(group.Select(g => 1 - g.FalseRefusals + g.Refused))}");
        }
    }

    private static double Smoothed(List<double> answerable, List<double> unanswerable, int window)
    {
        var candidates = answerable.Concat(unanswerable).Distinct().Order().Select(c => c + 0.01).ToList();
        var values = candidates.Select(t => (answerable.Count(x => x >= t) / (double)answerable.Count) + (unanswerable.Count(x => x < t) / (double)unanswerable.Count)).ToList();
        var best = -1.0;
        var chosen = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(candidates.Count - 1, i + window);
            var mean = values.Skip(from).Take(to - from + 1).Average();
            if (mean > best)
            {
                best = mean;
                chosen = candidates[i];
            }
        }

        return chosen;
    }

    private static double Auc(List<double> positives, List<double> negatives)
    {
        var wins = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0.0));
        return wins / (positives.Count * (double)negatives.Count);
    }

    private static string Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        var sd = Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, list.Count - 1));
        return $"{mean:F3} ± {sd:F3}";
    }
}
