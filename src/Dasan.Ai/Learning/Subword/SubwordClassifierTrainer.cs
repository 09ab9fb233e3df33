namespace Dasan.Ai.Learning.Subword;

/// <summary>
/// Trains a <see cref="SubwordClassifier"/> as fastText's supervised mode does: vectors start small and random, the label
/// vectors at zero; stochastic gradient descent on the softmax loss, one example at a time, with a learning rate that falls
/// linearly to zero. Unlike fastText it shuffles the examples each pass (ours are stored grouped by label) and keeps one
/// vector per distinct feature rather than hashing them into buckets. Single-threaded and deterministic.
/// </summary>
public sealed class SubwordClassifierTrainer(SubwordClassifierOptions? options = null)
{
    private readonly SubwordClassifierOptions _options = options ?? SubwordClassifierOptions.Default;

    /// <summary>Trains on <paramref name="data"/>.</summary>
    /// <exception cref="LabeledDataException">The data has fewer than two labels.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside its range.</exception>
    public SubwordClassifier Train(IReadOnlyList<LabeledText> data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(_options);
        var labels = data.Select(d => d.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labels.Length < 2)
        {
            throw new LabeledDataException($"A classifier needs at least two labels; the data has {labels.Length} in {data.Count} rows.");
        }

        var extractor = new SubwordFeatures(_options);
        var features = data.Select(d => extractor.Extract(d.Text)).ToArray();
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in features.SelectMany(f => f))
        {
            rows.TryAdd(feature, rows.Count);
        }

        var dim = _options.Dimensions;
        var random = new Random(_options.Seed);
        if ((long)rows.Count * dim > Array.MaxLength)
        {
            throw new LabeledDataException($"{rows.Count:N0} features × {dim} is more vectors than one array holds; use shorter vectors or less text.");
        }

        var input = new float[rows.Count * dim];
        for (var i = 0; i < input.Length; i++)
        {
            input[i] = (float)((random.NextDouble() * 2 - 1) / dim);
        }

        var model = new SubwordClassifier(_options, labels, rows, input, new float[labels.Length * dim]);
        var examples = features.Select((f, i) => (Ids: model.Rows(f), Label: Array.IndexOf(labels, data[i].Label))).Where(e => e.Ids.Count > 0).ToArray();
        Fit(model, examples, input, random, cancellationToken);
        return model;
    }

    private static void Validate(SubwordClassifierOptions o)
    {
        // Prediction keeps one vector on the stack: its length is bounded.
        Check(o.Dimensions is >= 1 and <= 1024, nameof(o.Dimensions), o.Dimensions, "1 to 1024");
        Check(o.Epochs is >= 1 and <= 1000, nameof(o.Epochs), o.Epochs, "1 to 1000");
        Check(o.LearningRate is > 0 and <= 10, nameof(o.LearningRate), o.LearningRate, "above 0, at most 10");
        Check(o.CharNGramMin is >= 1 and <= 10, nameof(o.CharNGramMin), o.CharNGramMin, "1 to 10");
        Check(o.CharNGramMax is >= 0 and <= 10, nameof(o.CharNGramMax), o.CharNGramMax, "0 (none) to 10");
    }

    private static void Check(bool valid, string name, object value, string range)
    {
        if (!valid)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}.");
        }
    }

    private void Fit(SubwordClassifier model, (List<int> Ids, int Label)[] examples, float[] input, Random random, CancellationToken cancellationToken)
    {
        var dim = _options.Dimensions;
        var labels = model.Labels.Count;
        var output = model.OutputWeights;
        var hidden = new float[dim];
        var gradient = new float[dim];
        var probabilities = new double[labels];
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var total = (double)_options.Epochs * examples.Length;
        var step = 0L;
        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (ids, label) = examples[e];
                var rate = (float)(_options.LearningRate * (1 - step++ / total));
                model.Average(ids, hidden);
                model.Scores(hidden, probabilities);
                Array.Clear(gradient);
                for (var c = 0; c < labels; c++)
                {
                    var alpha = rate * ((c == label ? 1f : 0f) - (float)probabilities[c]);
                    var row = output.AsSpan(c * dim, dim);
                    for (var d = 0; d < dim; d++)
                    {
                        gradient[d] += alpha * row[d];
                        row[d] += alpha * hidden[d];
                    }
                }

                var share = 1f / ids.Count;
                foreach (var id in ids)
                {
                    var row = input.AsSpan(id * dim, dim);
                    for (var d = 0; d < dim; d++)
                    {
                        row[d] += gradient[d] * share;
                    }
                }
            }
        }
    }
}
