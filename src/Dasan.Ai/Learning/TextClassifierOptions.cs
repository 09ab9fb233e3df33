namespace Dasan.Ai.Learning;

/// <summary>Settings of <see cref="TextClassifierTrainer"/>. The defaults are the ones measured in ADR 0102.</summary>
public sealed record TextClassifierOptions
{
    /// <summary>Shortest character n-gram taken inside each word (with word-boundary marks). Default 1.</summary>
    public int CharNGramMin { get; init; } = 1;

    /// <summary>Longest character n-gram taken inside each word; 0 turns character n-grams off. Default 3.</summary>
    public int CharNGramMax { get; init; } = 3;

    /// <summary>Adds pairs of neighbouring stems as features. Default true.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>Features seen in fewer training texts than this are dropped. Default 2.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>The ML.NET trainer. Default <see cref="TextClassifierAlgorithm.MaximumEntropy"/>.</summary>
    public TextClassifierAlgorithm Algorithm { get; init; } = TextClassifierAlgorithm.MaximumEntropy;

    /// <summary>L2 regularisation of the SDCA maximum-entropy trainer. Default 4e-6 (tuned on the petitions, ADR 0102).</summary>
    public float L2Regularization { get; init; } = 4e-6f;

    /// <summary>The most passes over the data SDCA may make, or the passes each perceptron makes. Default 20.</summary>
    public int MaximumIterations { get; init; } = 20;

    /// <summary>Share of the training data kept aside to tune label biases and calibration. Default 0.1.</summary>
    public double HoldOutFraction { get; init; } = 0.1;

    /// <summary>Tunes one additive bias per label on the held-out part to raise macro-F1,
    /// which helps rare labels. Default true.</summary>
    public bool BalanceLabels { get; init; } = true;

    /// <summary>Fits a softmax temperature on the held-out part so confidences match accuracy. Default true.</summary>
    public bool Calibrate { get; init; } = true;

    /// <summary>Threads ML.NET may use; null lets it decide. Default null.</summary>
    public int? NumberOfThreads { get; init; }

    /// <summary>Seed of the split and of ML.NET, so the same data gives the same model. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The defaults.</summary>
    public static TextClassifierOptions Default { get; } = new();
}
