using System.Text.Json.Serialization;

namespace Dasan.Ai.Learning;

/// <summary>Top-1 confidence against accuracy in equal-width bins, and the expected calibration
/// error: the count-weighted mean gap between confidence and accuracy (0 is perfect).</summary>
public sealed record ReliabilityReport(
    [property: JsonPropertyName("bins")] IReadOnlyList<ReliabilityBin> Bins,
    [property: JsonPropertyName("expected_calibration_error")] double ExpectedCalibrationError)
{
    /// <summary>Builds the report from each prediction's top-1 confidence and whether it was right.</summary>
    public static ReliabilityReport Create(IReadOnlyList<double> confidences, IReadOnlyList<bool> correct, int binCount = 10)
    {
        ArgumentNullException.ThrowIfNull(confidences);
        ArgumentNullException.ThrowIfNull(correct);
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        if (confidences.Count != correct.Count)
        {
            throw new ArgumentException("There must be one correctness flag per confidence.", nameof(correct));
        }

        var counts = new int[binCount];
        var confidenceSums = new double[binCount];
        var hits = new int[binCount];
        for (var i = 0; i < confidences.Count; i++)
        {
            var bin = Math.Clamp((int)(confidences[i] * binCount), 0, binCount - 1);
            counts[bin]++;
            confidenceSums[bin] += confidences[i];
            hits[bin] += correct[i] ? 1 : 0;
        }

        var bins = new List<ReliabilityBin>(binCount);
        var error = 0.0;
        for (var b = 0; b < binCount; b++)
        {
            var meanConfidence = counts[b] == 0 ? 0 : confidenceSums[b] / counts[b];
            var accuracy = counts[b] == 0 ? 0 : (double)hits[b] / counts[b];
            bins.Add(new ReliabilityBin((double)b / binCount, (double)(b + 1) / binCount, counts[b], meanConfidence, accuracy));
            error += confidences.Count == 0 ? 0 : (double)counts[b] / confidences.Count * Math.Abs(accuracy - meanConfidence);
        }

        return new ReliabilityReport(bins, error);
    }
}
