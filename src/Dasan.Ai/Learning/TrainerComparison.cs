using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Dasan.Ai.Learning;

/// <summary>
/// Measures alternative ML.NET trainers on the same features as <see cref="TextClassifierTrainer"/>
/// (no label biases, no calibration), for the trainer choice in ADR 0102. Used by the benchmark.
/// </summary>
internal static class TrainerComparison
{
    public static IEnumerable<(string Trainer, EvaluationReport Report, double Seconds)> Run(
        IReadOnlyList<LabeledText> train, IReadOnlyList<LabeledText> test, TextClassifierOptions options)
    {
        var labels = train.Select(d => d.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var featurizer = new TextFeaturizer(options);
        var trainTerms = TermExtractor.Extract(featurizer, train, options.NumberOfThreads, default);
        var vocabulary = FeatureVocabulary.Build(trainTerms, options.MinFeatureCount);
        var ml = new MLContext(options.Seed);
        var trainView = ml.Data.Cache(View(ml, vocabulary, trainTerms, train, index));
        var testRows = test.Where(r => index.ContainsKey(r.Label)).ToArray();
        var testView = View(ml, vocabulary, TermExtractor.Extract(featurizer, testRows, options.NumberOfThreads, default), testRows, index);
        var trainers = new (string Name, IEstimator<ITransformer> Estimator)[]
        {
            ("SDCA maximum entropy", ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
                new() { L2Regularization = options.L2Regularization, MaximumNumberOfIterations = options.MaximumIterations, NumberOfThreads = options.NumberOfThreads })),
            ("OVA averaged perceptron", ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.AveragedPerceptron(numberOfIterations: 10))),
            ("L-BFGS maximum entropy", ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
                new() { L2Regularization = 1e-4f, NumberOfThreads = options.NumberOfThreads, MaximumNumberOfIterations = 100 })),
            ("LightGBM (200 rounds)", ml.MulticlassClassification.Trainers.LightGbm(
                new LightGbmMulticlassTrainer.Options { NumberOfIterations = 200, NumberOfThreads = options.NumberOfThreads, Seed = options.Seed })),
        };
        foreach (var (name, estimator) in trainers)
        {
            var watch = Stopwatch.StartNew();
            var model = estimator.Fit(trainView);
            var seconds = watch.Elapsed.TotalSeconds;
            var predicted = model.Transform(testView).GetColumn<uint>("PredictedLabel").Select(k => k == 0 ? "?" : labels[k - 1]).ToArray();
            yield return (name, ClassifierEvaluator.Evaluate(testRows.Select(r => r.Label).ToArray(), predicted, null, labels), seconds);
        }
    }

    private static IDataView View(MLContext ml, FeatureVocabulary vocabulary, string[][] terms, IReadOnlyList<LabeledText> rows, Dictionary<string, int> index) =>
        FeatureDataView.Create(ml, terms.Select(t => vocabulary.Vectorize([.. t])).ToArray(), rows.Select(r => index[r.Label]).ToArray(), vocabulary.Count, index.Count);
}
