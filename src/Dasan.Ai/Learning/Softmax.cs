namespace Dasan.Ai.Learning;

/// <summary>The calibrated softmax: p = softmax((score + bias) / temperature).</summary>
internal static class Softmax
{
    public static void Apply(ReadOnlySpan<float> scores, double[] biases, double temperature, Span<double> probabilities)
    {
        var max = double.NegativeInfinity;
        for (var c = 0; c < biases.Length; c++)
        {
            probabilities[c] = (scores[c] + biases[c]) / temperature;
            max = Math.Max(max, probabilities[c]);
        }

        var sum = 0.0;
        for (var c = 0; c < biases.Length; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < biases.Length; c++)
        {
            probabilities[c] /= sum;
        }
    }
}
