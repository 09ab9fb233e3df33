namespace Dasan.Ai.Learning;

/// <summary>Label biases and temperature tuned on the held-out slice, with the numbers that show their effect.</summary>
internal sealed record HoldOutCalibration(double[] Biases, double Temperature, double Accuracy, double MacroF1, double EceBefore, double EceAfter)
{
    public static HoldOutCalibration Fit(LinearWeights weights, IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, TextClassifierOptions options)
    {
        var classCount = weights.ClassCount;
        var scores = vectors.Select(v =>
        {
            var row = new float[classCount];
            weights.Score(v, row);
            return row;
        }).ToArray();
        var biases = options.BalanceLabels && scores.Length > 0 ? LabelBiasTuner.Tune(scores, labels, classCount) : new double[classCount];
        var before = Evaluate(scores, labels, biases, 1.0);
        if (!options.Calibrate || scores.Length == 0)
        {
            return new HoldOutCalibration(biases, 1.0, before.Accuracy, before.MacroF1, before.Reliability?.ExpectedCalibrationError ?? 0, before.Reliability?.ExpectedCalibrationError ?? 0);
        }

        var temperature = TemperatureScaler.Fit(scores, labels, biases);
        var after = Evaluate(scores, labels, biases, temperature);
        return new HoldOutCalibration(biases, temperature, after.Accuracy, after.MacroF1, before.Reliability!.ExpectedCalibrationError, after.Reliability!.ExpectedCalibrationError);
    }

    private static EvaluationReport Evaluate(float[][] scores, IReadOnlyList<int> labels, double[] biases, double temperature)
    {
        var probabilities = new double[biases.Length];
        var actual = new string[scores.Length];
        var predicted = new string[scores.Length];
        var confidences = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            Softmax.Apply(scores[i], biases, temperature, probabilities);
            var top = Array.IndexOf(probabilities, probabilities.Max());
            actual[i] = labels[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            predicted[i] = top.ToString(System.Globalization.CultureInfo.InvariantCulture);
            confidences[i] = probabilities[top];
        }

        return ClassifierEvaluator.Evaluate(actual, predicted, confidences);
    }
}
