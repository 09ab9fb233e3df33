namespace Dasan.Ai.Learning;

/// <summary>Fits the softmax temperature that minimises held-out log loss (Guo et al., 2017):
/// one parameter, so it cannot overfit and never changes which label ranks first.</summary>
internal static class TemperatureScaler
{
    private const double MinLog = -3.0;
    private const double MaxLog = 3.0;

    public static double Fit(IReadOnlyList<float[]> scores, IReadOnlyList<int> labels, double[] biases)
    {
        double low = MinLog, high = MaxLog;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var iteration = 0; iteration < 60; iteration++)
        {
            var a = high - (ratio * (high - low));
            var b = low + (ratio * (high - low));
            if (LogLoss(scores, labels, biases, Math.Exp(a)) < LogLoss(scores, labels, biases, Math.Exp(b)))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }

        return Math.Exp((low + high) / 2);
    }

    public static double LogLoss(IReadOnlyList<float[]> scores, IReadOnlyList<int> labels, double[] biases, double temperature)
    {
        var probabilities = new double[biases.Length];
        var total = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            Softmax.Apply(scores[i], biases, temperature, probabilities);
            total -= Math.Log(Math.Max(probabilities[labels[i]], 1e-12));
        }

        return scores.Count == 0 ? 0 : total / scores.Count;
    }
}
