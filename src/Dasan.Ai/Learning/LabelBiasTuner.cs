namespace Dasan.Ai.Learning;

/// <summary>
/// Tunes one additive bias per label on held-out scores by coordinate ascent on macro-F1 plus
/// accuracy. This is prior correction: rare labels, which a log-loss model under-predicts, get a
/// higher bias; counting accuracy too stops it from buying macro-F1 with many wrong common labels.
/// </summary>
internal static class LabelBiasTuner
{
    private const int Rounds = 3;
    private const double Step = 0.1;
    private const double Range = 2.0;

    public static double[] Tune(IReadOnlyList<float[]> scores, IReadOnlyList<int> labels, int classCount)
    {
        var biases = new double[classCount];
        var best = Objective(scores, labels, biases);
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < classCount; c++)
            {
                var original = biases[c];
                var bestValue = original;
                for (var value = -Range; value <= Range + 1e-9; value += Step)
                {
                    biases[c] = value;
                    var objective = Objective(scores, labels, biases);
                    if (objective > best + 1e-9)
                    {
                        best = objective;
                        bestValue = value;
                    }
                }

                biases[c] = bestValue;
            }
        }

        return biases;
    }

    private static double Objective(IReadOnlyList<float[]> scores, IReadOnlyList<int> labels, double[] biases)
    {
        var classCount = biases.Length;
        Span<int> truePositive = stackalloc int[classCount];
        Span<int> predicted = stackalloc int[classCount];
        Span<int> actual = stackalloc int[classCount];
        for (var i = 0; i < scores.Count; i++)
        {
            var row = scores[i];
            var top = 0;
            var topScore = double.NegativeInfinity;
            for (var c = 0; c < classCount; c++)
            {
                var value = row[c] + biases[c];
                if (value > topScore)
                {
                    topScore = value;
                    top = c;
                }
            }

            predicted[top]++;
            actual[labels[i]]++;
            if (top == labels[i])
            {
                truePositive[top]++;
            }
        }

        var sum = 0.0;
        var correct = 0;
        for (var c = 0; c < classCount; c++)
        {
            var denominator = predicted[c] + actual[c];
            sum += denominator == 0 ? 0 : 2.0 * truePositive[c] / denominator;
            correct += truePositive[c];
        }

        return (sum / classCount) + ((double)correct / scores.Count);
    }
}
