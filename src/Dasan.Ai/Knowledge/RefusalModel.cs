namespace Dasan.Ai.Knowledge;

/// <summary>
/// Logistic relevance model over standardised <see cref="RelevanceFeatures"/>: the question is answered
/// when <see cref="Score"/> reaches <see cref="Threshold"/>. Fit with <see cref="RefusalCalibrator"/>.
/// </summary>
/// <param name="Means">Feature means of the calibration questions.</param>
/// <param name="Scales">Feature standard deviations of the calibration questions.</param>
/// <param name="Weights">Weights of the standardised features.</param>
/// <param name="Bias">Intercept.</param>
/// <param name="Threshold">Minimum score to answer.</param>
public sealed record RefusalModel(double[] Means, double[] Scales, double[] Weights, double Bias, double Threshold)
{
    /// <summary>
    /// Weights fitted by <see cref="RefusalCalibrator"/> on content/kb-eval/training-questions.jsonl, threshold chosen on
    /// content/kb-eval/questions.jsonl (the tuning questions; ADR 0107); refit with
    /// <c>bench answer-quality --calibrate</c> when the knowledge base or the features change.
    /// </summary>
    public static RefusalModel Default { get; } = new(
        [0.1054, 0.5737, 0.6195, 0.6178, 0.611, 0.0466, 0.7173, 0.4668, 0.3927],
        [0.0625, 0.2894, 0.2829, 0.3137, 0.8255, 0.2107, 0.3076, 0.3339, 0.285],
        [0.0529, 0.0531, 0.0994, 0.1214, -0.0346, -0.0572, 0.0486, 0.2687, 0.0999],
        0.0222,
        0.1333);

    /// <summary>The log-odds that the knowledge base answers the question.</summary>
    public double Score(RelevanceFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var x = features.ToVector();
        var z = Bias;
        for (var i = 0; i < x.Length; i++)
        {
            z += Weights[i] * (x[i] - Means[i]) / Scales[i];
        }

        return z;
    }

    /// <summary>True when the question should be answered.</summary>
    public bool Answers(RelevanceFeatures features) => Score(features) >= Threshold;
}
