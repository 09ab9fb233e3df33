using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class CalibrationTests
{
    [Fact]
    public void TemperatureFit_WhenScoresAreOverconfidentOnSkewedLabels_ReducesExpectedCalibrationError()
    {
        var (scores, labels) = OverconfidentScores(3000, seed: 7);
        var biases = new double[3];

        var temperature = TemperatureScaler.Fit(scores, labels, biases);

        Assert.True(temperature > 1, $"an overconfident model needs a temperature above 1, got {temperature}");
        Assert.True(Ece(scores, labels, temperature) < Ece(scores, labels, 1.0) / 2);
    }

    [Fact]
    public void Train_WhenCalibrationIsOff_KeepsTemperatureOne()
    {
        var summary = new TextClassifierTrainer(new TextClassifierOptions { Calibrate = false }).Train(SyntheticCivicData.Create(20)).Summary;

        Assert.Equal(1.0, summary.Temperature);
        Assert.Equal(summary.EceBeforeCalibration, summary.EceAfterCalibration);
    }

    /// <summary>Three labels with priors 70/20/10; the model's scores say 95% sure but it is right about 70% of the time.</summary>
    private static (float[][] Scores, int[] Labels) OverconfidentScores(int count, int seed)
    {
        var random = new Random(seed);
        var scores = new float[count][];
        var labels = new int[count];
        for (var i = 0; i < count; i++)
        {
            var draw = random.NextDouble();
            labels[i] = draw < 0.7 ? 0 : draw < 0.9 ? 1 : 2;
            var predicted = random.NextDouble() < 0.7 ? labels[i] : (labels[i] + 1 + random.Next(2)) % 3;
            scores[i] = new float[3];
            scores[i][predicted] = 3.7f;
        }

        return (scores, labels);
    }

    private static double Ece(float[][] scores, int[] labels, double temperature)
    {
        var probabilities = new double[3];
        var confidences = new double[scores.Length];
        var correct = new bool[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            Softmax.Apply(scores[i], new double[3], temperature, probabilities);
            var top = Array.IndexOf(probabilities, probabilities.Max());
            confidences[i] = probabilities[top];
            correct[i] = top == labels[i];
        }

        return ReliabilityReport.Create(confidences, correct).ExpectedCalibrationError;
    }
}
