namespace Dasan.Ai.Learning;

/// <summary>What training saw and how the model did on its held-out slice of the training data.</summary>
/// <param name="TrainingExamples">Examples the ML.NET model was fitted on.</param>
/// <param name="HoldOutExamples">Examples kept aside for label biases and calibration.</param>
/// <param name="FeatureCount">Size of the feature vocabulary.</param>
/// <param name="LabelCounts">Examples per label over all the data given.</param>
/// <param name="HoldOutAccuracy">Top-1 accuracy on the held-out slice after bias tuning.</param>
/// <param name="HoldOutMacroF1">Macro-F1 on the held-out slice after bias tuning.</param>
/// <param name="EceBeforeCalibration">Expected calibration error on the held-out slice before temperature scaling.</param>
/// <param name="EceAfterCalibration">Expected calibration error on the held-out slice after temperature scaling.</param>
/// <param name="Temperature">The fitted softmax temperature (1 when not calibrated).</param>
/// <param name="TrainedAt">When training finished.</param>
/// <param name="DurationSeconds">Wall time of training.</param>
public sealed record TrainingSummary(
    int TrainingExamples,
    int HoldOutExamples,
    int FeatureCount,
    IReadOnlyDictionary<string, int> LabelCounts,
    double HoldOutAccuracy,
    double HoldOutMacroF1,
    double EceBeforeCalibration,
    double EceAfterCalibration,
    double Temperature,
    DateTimeOffset TrainedAt,
    double DurationSeconds);
