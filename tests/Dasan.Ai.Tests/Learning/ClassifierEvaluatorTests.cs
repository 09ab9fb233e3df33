using System.Text.Json;
using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class ClassifierEvaluatorTests
{
    // Confusion (rows actual, columns predicted) over 교통, 복지, 환경:
    //   교통: 3 1 0   복지: 1 2 1   환경: 0 0 2     n = 10, correct = 7
    private static readonly string[] Actual = ["교통", "교통", "교통", "교통", "복지", "복지", "복지", "복지", "환경", "환경"];
    private static readonly string[] Predicted = ["교통", "교통", "교통", "복지", "교통", "복지", "복지", "환경", "환경", "환경"];

    [Fact]
    public void Evaluate_WhenConfusionIsHandComputed_GivesItsMetrics()
    {
        var report = ClassifierEvaluator.Evaluate(Actual, Predicted);

        Assert.Equal(10, report.N);
        Assert.Equal(0.7, report.Accuracy, 12);
        Assert.Equal(["교통", "복지", "환경"], report.Confusion.Labels);
        Assert.Equal([3, 1, 0], report.Confusion.Counts[0]);
        Assert.Equal([1, 2, 1], report.Confusion.Counts[1]);
        Assert.Equal([0, 0, 2], report.Confusion.Counts[2]);
        AssertMetrics(report.PerLabel["교통"], precision: 3.0 / 4, recall: 3.0 / 4, support: 4);
        AssertMetrics(report.PerLabel["복지"], precision: 2.0 / 3, recall: 2.0 / 4, support: 4);
        AssertMetrics(report.PerLabel["환경"], precision: 2.0 / 3, recall: 1.0, support: 2);
        var f1 = new[] { 0.75, 2 * (2.0 / 3) * 0.5 / ((2.0 / 3) + 0.5), 0.8 };
        Assert.Equal(f1.Average(), report.MacroF1, 12);
    }

    [Fact]
    public void ToJson_WhenSerialised_UsesSnakeCaseKeysAndKoreanLabels()
    {
        var report = ClassifierEvaluator.Evaluate(Actual, Predicted, Enumerable.Repeat(0.65, 10).ToArray());

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;

        Assert.Equal(10, root.GetProperty("n").GetInt32());
        Assert.Equal(0.7, root.GetProperty("accuracy").GetDouble(), 12);
        Assert.True(root.TryGetProperty("macro_f1", out _));
        var transport = root.GetProperty("per_label").GetProperty("교통");
        Assert.Equal(4, transport.GetProperty("support").GetInt32());
        Assert.True(transport.TryGetProperty("precision", out _) && transport.TryGetProperty("recall", out _) && transport.TryGetProperty("f1", out _));
        Assert.Equal(3, root.GetProperty("confusion").GetProperty("counts")[0][0].GetInt32());
        Assert.Equal(0.05, root.GetProperty("reliability").GetProperty("expected_calibration_error").GetDouble(), 9);
        Assert.Contains("\"교통\"", report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenConfidencesAreKnown_ComputesBinsAndExpectedCalibrationError()
    {
        var report = ReliabilityReport.Create([0.95, 0.95, 0.55, 0.55], [true, false, true, true]);

        var high = report.Bins[9];
        Assert.Equal((2, 0.95, 0.5), (high.Count, high.MeanConfidence, high.Accuracy));
        Assert.Equal((2, 0.55, 1.0), (report.Bins[5].Count, report.Bins[5].MeanConfidence, report.Bins[5].Accuracy));
        Assert.Equal((0.5 * 0.45) + (0.5 * 0.45), report.ExpectedCalibrationError, 12);
    }

    private static void AssertMetrics(LabelMetrics metrics, double precision, double recall, int support)
    {
        Assert.Equal(precision, metrics.Precision, 12);
        Assert.Equal(recall, metrics.Recall, 12);
        Assert.Equal(2 * precision * recall / (precision + recall), metrics.F1, 12);
        Assert.Equal(support, metrics.Support);
    }
}
