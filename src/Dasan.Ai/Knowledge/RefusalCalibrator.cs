namespace Dasan.Ai.Knowledge;

/// <summary>
/// Fits a <see cref="RefusalModel"/>: class-balanced, L2-regularised logistic regression by batch gradient
/// descent (deterministic), then the highest-recall threshold that still refuses
/// <paramref name="targetRefusal"/> of the unanswerable calibration questions.
/// </summary>
public static class RefusalCalibrator
{
    private const int Iterations = 3000;
    private const double LearningRate = 0.1;
    private const double L2 = 0.05;

    /// <summary>Puts the threshold safely above the last refused calibration score, so rounding the shipped model changes nothing.</summary>
    private const double ThresholdMargin = 0.01;

    /// <summary>Fits on (features, answerable) pairs; both classes must be present.</summary>
    public static RefusalModel Fit(IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples, double targetRefusal = 0.80)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var answerable = examples.Count(e => e.Answerable);
        if (answerable == 0 || answerable == examples.Count)
        {
            throw new ArgumentException("Calibration needs both answerable and unanswerable questions.", nameof(examples));
        }

        var rows = examples.Select(e => e.Features.ToVector()).ToArray();
        var means = new double[RelevanceFeatures.Count];
        var scales = new double[RelevanceFeatures.Count];
        for (var f = 0; f < means.Length; f++)
        {
            means[f] = rows.Average(r => r[f]);
            var variance = rows.Average(r => (r[f] - means[f]) * (r[f] - means[f]));
            scales[f] = variance > 1e-12 ? Math.Sqrt(variance) : 1;
        }

        var x = rows.Select(r => r.Select((v, f) => (v - means[f]) / scales[f]).ToArray()).ToArray();
        var (weights, bias) = Descend(x, examples.Select(e => e.Answerable).ToArray(), answerable);
        var model = new RefusalModel(means, scales, weights, bias, 0);
        var refusedScores = examples.Where(e => !e.Answerable).Select(e => model.Score(e.Features)).Order().ToList();
        var index = Math.Clamp((int)Math.Ceiling(targetRefusal * refusedScores.Count) - 1, 0, refusedScores.Count - 1);
        return model with { Threshold = Math.Round(refusedScores[index] + ThresholdMargin, 4) };
    }

    /// <summary>
    /// Sets the threshold where <paramref name="model"/> best separates <paramref name="examples"/> (the tuning questions):
    /// the highest share of answerable questions answered plus unanswerable refused; ties go to fewer refusals.
    /// </summary>
    public static RefusalModel ChooseThreshold(RefusalModel model, IReadOnlyList<(RelevanceFeatures Features, bool Answerable)> examples)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        var scored = examples.Select(e => (Score: model.Score(e.Features), e.Answerable)).ToList();
        var positives = Math.Max(1, scored.Count(s => s.Answerable));
        var negatives = Math.Max(1, scored.Count(s => !s.Answerable));
        var best = (Threshold: 0.0, Value: double.MinValue);
        foreach (var candidate in scored.Select(s => s.Score).Distinct().Order())
        {
            var threshold = candidate + ThresholdMargin;
            var value = (scored.Count(s => s.Answerable && s.Score >= threshold) / (double)positives)
                + (scored.Count(s => !s.Answerable && s.Score < threshold) / (double)negatives);
            if (value > best.Value + 1e-9)
            {
                best = (threshold, value);
            }
        }

        return model with { Threshold = Math.Round(best.Threshold, 4) };
    }

    private static (double[] Weights, double Bias) Descend(double[][] x, bool[] y, int positives)
    {
        var weights = new double[RelevanceFeatures.Count];
        var bias = 0.0;
        var n = x.Length;
        var positiveWeight = 0.5 * n / positives;
        var negativeWeight = 0.5 * n / (n - positives);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var gradient = new double[weights.Length];
            var gradientBias = 0.0;
            for (var i = 0; i < n; i++)
            {
                var z = bias;
                for (var f = 0; f < weights.Length; f++)
                {
                    z += weights[f] * x[i][f];
                }

                var error = (1 / (1 + Math.Exp(-z))) - (y[i] ? 1 : 0);
                error *= y[i] ? positiveWeight : negativeWeight;
                for (var f = 0; f < weights.Length; f++)
                {
                    gradient[f] += error * x[i][f];
                }

                gradientBias += error;
            }

            for (var f = 0; f < weights.Length; f++)
            {
                weights[f] -= LearningRate * ((gradient[f] / n) + (L2 * weights[f]));
            }

            bias -= LearningRate * gradientBias / n;
        }

        return (weights, bias);
    }
}
