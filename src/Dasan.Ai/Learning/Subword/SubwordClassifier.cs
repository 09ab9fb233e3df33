namespace Dasan.Ai.Learning.Subword;

/// <summary>
/// A trained subword-embedding classifier (fastText's supervised model, ADR 0109): a text is the average of the vectors
/// of its words, word pairs and character n-grams, and a softmax over labels reads that average. Features never seen in
/// training are ignored. Prediction holds no mutable state and is thread-safe; share one instance.
/// </summary>
public sealed class SubwordClassifier
{
    private readonly SubwordFeatures _features;
    private readonly Dictionary<string, int> _rows;
    private readonly float[] _input;
    private readonly float[] _output;
    private readonly string[] _labels;
    private readonly WordFeatureCache _words = new();

    internal SubwordClassifier(SubwordClassifierOptions options, string[] labels, Dictionary<string, int> rows, float[] input, float[] output)
    {
        Options = options;
        _labels = labels;
        _rows = rows;
        _input = input;
        _output = output;
        _features = new SubwordFeatures(options);
    }

    /// <summary>The labels the model knows, in model order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The settings it was trained with.</summary>
    public SubwordClassifierOptions Options { get; }

    /// <summary>Distinct features (words, word pairs, character n-grams) the model has a vector for.</summary>
    public int FeatureCount => _rows.Count;

    /// <summary>Writes the probability of every label, in <see cref="Labels"/> order. A text with no known feature gets
    /// equal probabilities.</summary>
    public void PredictProbabilities(string text, Span<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = CachedRows(text);
        Span<float> hidden = stackalloc float[Options.Dimensions];
        Average(ids, hidden);
        Scores(hidden, probabilities);
    }

    /// <summary>The probability of <paramref name="label"/>, or 0 when the model does not know it.</summary>
    public double Probability(string text, string label)
    {
        var index = Array.IndexOf(_labels, label);
        if (index < 0)
        {
            return 0;
        }

        Span<double> probabilities = stackalloc double[_labels.Length];
        PredictProbabilities(text, probabilities);
        return probabilities[index];
    }

    /// <summary>The label vectors, label after label (written by the trainer).</summary>
    internal float[] OutputWeights => _output;

    /// <summary>The feature vectors, row after row.</summary>
    internal float[] InputWeights => _input;

    /// <summary>Each feature's row in <see cref="InputWeights"/>.</summary>
    internal IReadOnlyDictionary<string, int> RowsByFeature => _rows;

    /// <summary>Writes the model (settings, labels, features, weights); <see cref="Load"/> reads it back bit for bit.</summary>
    public void Save(Stream stream) => SubwordArchive.Write(this, stream);

    /// <summary>Reads a model written by <see cref="Save"/>; <see cref="InvalidDataException"/> when the bytes are not one.</summary>
    public static SubwordClassifier Load(Stream stream) => SubwordArchive.Read(stream);

    /// <summary>
    /// The rows of <see cref="SubwordFeatures.Extract"/>'s features in the same order (so the same sums), with each word's
    /// own row and n-gram rows computed once per word the process meets (<see cref="WordFeatureCache"/>).
    /// </summary>
    private List<int> CachedRows(string text)
    {
        var words = _features.Words(text);
        var ids = new List<int>(words.Length * 12);
        for (var i = 0; i < words.Length; i++)
        {
            var cached = _words.Get(words[i], this, static (model, word) => model.WordRows(word.ToString()));
            if (cached[0] >= 0)
            {
                ids.Add(cached[0]);
            }

            if (Options.WordBigrams && i > 0 && _rows.TryGetValue("b " + words[i - 1] + " " + words[i], out var bigram))
            {
                ids.Add(bigram);
            }

            ids.AddRange(cached.AsSpan(1));
        }

        return ids;
    }

    /// <summary>The word's own row (−1 when unknown) followed by the rows of its character n-grams.</summary>
    private int[] WordRows(string word) => [_rows.GetValueOrDefault("w " + word, -1), .. Rows(_features.CharNGrams(word))];

    internal List<int> Rows(List<string> features)
    {
        var ids = new List<int>(features.Count);
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    internal void Average(List<int> ids, Span<float> hidden)
    {
        hidden.Clear();
        if (ids.Count == 0)
        {
            return;
        }

        var dim = Options.Dimensions;
        foreach (var id in ids)
        {
            var row = _input.AsSpan(id * dim, dim);
            for (var d = 0; d < dim; d++)
            {
                hidden[d] += row[d];
            }
        }

        var scale = 1f / ids.Count;
        for (var d = 0; d < dim; d++)
        {
            hidden[d] *= scale;
        }
    }

    internal void Scores(ReadOnlySpan<float> hidden, Span<double> probabilities)
    {
        var dim = Options.Dimensions;
        var max = double.NegativeInfinity;
        for (var c = 0; c < _labels.Length; c++)
        {
            var row = _output.AsSpan(c * dim, dim);
            var score = 0f;
            for (var d = 0; d < dim; d++)
            {
                score += row[d] * hidden[d];
            }

            probabilities[c] = score;
            max = Math.Max(max, score);
        }

        var sum = 0.0;
        for (var c = 0; c < _labels.Length; c++)
        {
            probabilities[c] = Math.Exp(probabilities[c] - max);
            sum += probabilities[c];
        }

        for (var c = 0; c < _labels.Length; c++)
        {
            probabilities[c] /= sum;
        }
    }
}
