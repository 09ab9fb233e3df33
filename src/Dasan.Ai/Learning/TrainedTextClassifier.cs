namespace Dasan.Ai.Learning;

/// <summary>
/// A trained classifier: top-k labels with calibrated probabilities. Prediction is plain
/// arithmetic on the weights extracted from the ML.NET model, holds no mutable state and is
/// therefore thread-safe; share one instance. Save and load with <see cref="Save"/> / <see cref="Load"/>.
/// </summary>
public sealed class TrainedTextClassifier
{
    private readonly TermCounter _counter;
    private readonly LinearWeights _weights;
    private readonly string[] _labels;

    internal TrainedTextClassifier(ClassifierMetadata metadata, FeatureVocabulary vocabulary, LinearWeights weights, IReadOnlyList<byte[]> mlNetModels)
    {
        Metadata = metadata;
        Vocabulary = vocabulary;
        MlNetModels = mlNetModels;
        _weights = weights;
        _labels = [.. metadata.Labels];
        _counter = new TermCounter(metadata.Options);
        _counter.CacheWordsOf(vocabulary);
    }

    /// <summary>The labels the model knows, in model order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The options it was trained with.</summary>
    public TextClassifierOptions Options => Metadata.Options;

    /// <summary>What training saw and how the model did on held-out data.</summary>
    public TrainingSummary Summary => Metadata.Summary;

    internal ClassifierMetadata Metadata { get; }

    internal FeatureVocabulary Vocabulary { get; }

    /// <summary>The saved ML.NET model: one multiclass model, or one binary model per label.</summary>
    internal IReadOnlyList<byte[]> MlNetModels { get; }

    /// <summary>The <paramref name="k"/> most probable labels, most probable first. Never throws on odd text;
    /// a text with no known feature gets the label priors learned in the biases.</summary>
    public IReadOnlyList<LabelScore> Predict(string text, int k = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var probabilities = new double[_labels.Length];
        PredictProbabilities(text, probabilities);
        var order = Enumerable.Range(0, _labels.Length).OrderByDescending(c => probabilities[c]).ThenBy(c => c).Take(k);
        return order.Select(c => new LabelScore(_labels[c], probabilities[c])).ToArray();
    }

    /// <summary>Writes the calibrated probability of every label, in <see cref="Labels"/> order.</summary>
    public void PredictProbabilities(string text, Span<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<float> scores = stackalloc float[_labels.Length];
        _weights.Score(Vocabulary.Vectorize(_counter.Count(text, Vocabulary)), scores);
        Softmax.Apply(scores, Metadata.Biases, Metadata.Temperature, probabilities);
    }

    /// <summary>
    /// As <see cref="PredictProbabilities(string, Span{double})"/> for a text already normalised (with
    /// <see cref="Dasan.Korean.Normalization.TextNormalizer"/>, no HTML extraction) and tokenised with the default
    /// Korean tokenizer, so a caller that tokenises anyway does not pay twice.
    /// </summary>
    public void PredictProbabilities(string normalized, IReadOnlyList<Dasan.Korean.Tokenization.Token> tokens, Span<double> probabilities)
    {
        Span<float> scores = stackalloc float[_labels.Length];
        _weights.Score(Vocabulary.Vectorize(_counter.Count(normalized, tokens, Vocabulary)), scores);
        Softmax.Apply(scores, Metadata.Biases, Metadata.Temperature, probabilities);
    }

    /// <summary>Writes the model as one zip: the ML.NET model(s), metadata.json and vocabulary.json.</summary>
    public void Save(Stream stream) => ClassifierArchive.Write(this, stream);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a Dasan classifier archive.</exception>
    public static TrainedTextClassifier Load(Stream stream) => ClassifierArchive.Read(stream);
}
