namespace Dasan.Ai.Learning;

/// <summary>
/// Trains a multiclass text classifier: Dasan.Korean features, ML.NET linear models (SDCA maximum
/// entropy by default, or one-versus-all averaged perceptrons), then per-label biases (for macro-F1) and a softmax temperature (for calibrated confidences)
/// tuned on a held-out slice of the training data. Why this design: docs/adr/0102-text-classifier.md.
/// </summary>
public sealed class TextClassifierTrainer(TextClassifierOptions? options = null, TimeProvider? timeProvider = null)
{
    private readonly TextClassifierOptions _options = options ?? TextClassifierOptions.Default;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Trains on <paramref name="data"/>.</summary>
    /// <exception cref="LabeledDataException">The data cannot make a useful model (fewer than two labels).</exception>
    public TrainedTextClassifier Train(IReadOnlyList<LabeledText> data, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var started = _time.GetTimestamp();
        var labels = data.Select(d => d.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new LabeledDataException($"A classifier needs at least two labels; the data has {labels.Length} ({string.Join(", ", labels)}) in {data.Count} rows.");
        }

        var labelIndex = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var y = data.Select(d => labelIndex[d.Label]).ToArray();
        var (fit, holdOut) = HoldOutSplit.Create(y, _options.HoldOutFraction, _options.Seed);

        progress?.Report(new TrainingProgress(TrainingStage.Featurizing, 0));
        var terms = TermExtractor.Extract(new TextFeaturizer(_options), data, _options.NumberOfThreads, cancellationToken);
        var vocabulary = FeatureVocabulary.Build(fit.Select(i => terms[i]).ToArray(), _options.MinFeatureCount);
        var vectors = terms.Select(t => vocabulary.Vectorize([.. t])).ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new TrainingProgress(TrainingStage.Fitting, 0.2));
        var (models, weights) = LinearModelFitter.Fit(
            fit.Select(i => vectors[i]).ToArray(), fit.Select(i => y[i]).ToArray(), vocabulary.Count, labels.Length, _options);
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new TrainingProgress(TrainingStage.Calibrating, 0.9));
        var calibration = HoldOutCalibration.Fit(weights, holdOut.Select(i => vectors[i]).ToArray(), holdOut.Select(i => y[i]).ToArray(), _options);

        var counts = labels.ToDictionary(l => l, l => y.Count(v => labels[v] == l), StringComparer.Ordinal);
        var summary = new TrainingSummary(
            fit.Count, holdOut.Count, vocabulary.Count, counts, calibration.Accuracy, calibration.MacroF1,
            calibration.EceBefore, calibration.EceAfter, calibration.Temperature, _time.GetUtcNow(), _time.GetElapsedTime(started).TotalSeconds);
        var metadata = new ClassifierMetadata(ClassifierMetadata.CurrentFormatVersion, labels, _options, calibration.Temperature, calibration.Biases, summary);
        progress?.Report(new TrainingProgress(TrainingStage.Completed, 1));
        return new TrainedTextClassifier(metadata, vocabulary, weights, models);
    }
}
