namespace Dasan.Ai.Learning;

/// <summary>Scores predictions against true labels: accuracy, macro-F1, per-label metrics,
/// the confusion matrix and, when confidences are given, the reliability report.</summary>
public static class ClassifierEvaluator
{
    /// <summary>Predicts every text with <paramref name="classifier"/> and scores the top-1 labels.</summary>
    public static EvaluationReport Evaluate(TrainedTextClassifier classifier, IReadOnlyList<LabeledText> data)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(data);
        var predicted = new string[data.Count];
        var confidences = new double[data.Count];
        for (var i = 0; i < data.Count; i++)
        {
            var top = classifier.Predict(data[i].Text, 1)[0];
            predicted[i] = top.Label;
            confidences[i] = top.Probability;
        }

        return Evaluate(data.Select(d => d.Label).ToArray(), predicted, confidences, classifier.Labels);
    }

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="actual"/>. Labels are
    /// <paramref name="labels"/> plus any other label seen in either list; macro-F1 averages over all of them.</summary>
    public static EvaluationReport Evaluate(
        IReadOnlyList<string> actual, IReadOnlyList<string> predicted, IReadOnlyList<double>? confidences = null, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count || (confidences is not null && confidences.Count != actual.Count))
        {
            throw new ArgumentException("actual, predicted and confidences must have the same length.");
        }

        var all = (labels ?? []).Concat(actual).Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = all.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var counts = all.Select(_ => new int[all.Count]).ToArray();
        var correct = new bool[actual.Count];
        for (var i = 0; i < actual.Count; i++)
        {
            counts[index[actual[i]]][index[predicted[i]]]++;
            correct[i] = string.Equals(actual[i], predicted[i], StringComparison.Ordinal);
        }

        var perLabel = new Dictionary<string, LabelMetrics>(StringComparer.Ordinal);
        for (var c = 0; c < all.Count; c++)
        {
            var truePositive = counts[c][c];
            var support = counts[c].Sum();
            var predictedCount = counts.Sum(row => row[c]);
            var precision = predictedCount == 0 ? 0 : (double)truePositive / predictedCount;
            var recall = support == 0 ? 0 : (double)truePositive / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel[all[c]] = new LabelMetrics(precision, recall, f1, support);
        }

        var n = actual.Count;
        var accuracy = n == 0 ? 0 : (double)correct.Count(x => x) / n;
        var macroF1 = all.Count == 0 ? 0 : perLabel.Values.Average(m => m.F1);
        var reliability = confidences is null ? null : ReliabilityReport.Create(confidences, correct);
        return new EvaluationReport(n, accuracy, macroF1, perLabel, new ConfusionMatrix(all, counts), reliability);
    }
}
