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
    /// Fitted by <see cref="RefusalCalibrator"/> on the tuning half of content/kb-eval/questions.jsonl
    /// (see docs/adr/0105-knowledge-search.md); refit when the knowledge base changes much.
    /// </summary>
    public static RefusalModel Default { get; } = new(
        [0.1248, 0.6410, 0.6954, 0.7143, 0.4640, 0.0320, 0.7840, 0.6, 0.5],
        [0.0708, 0.2796, 0.2564, 0.2887, 0.6393, 0.2167, 0.2880, 0.3, 0.3],
        [0.1532, 0.1859, 0.2464, 0.6260, 0.1058, -0.3156, -0.0490, 0, 0],
        0.4277,
        0.2541);

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
