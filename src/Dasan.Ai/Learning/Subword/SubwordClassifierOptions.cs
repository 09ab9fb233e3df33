namespace Dasan.Ai.Learning.Subword;

/// <summary>Settings of <see cref="SubwordClassifierTrainer"/>; the defaults are fastText's small-data supervised settings.</summary>
public sealed record SubwordClassifierOptions
{
    /// <summary>Length of the text vector (fastText <c>-dim</c>). Default 100.</summary>
    public int Dimensions { get; init; } = 100;

    /// <summary>Passes over the data (fastText <c>-epoch</c>). Default 25.</summary>
    public int Epochs { get; init; } = 25;

    /// <summary>Starting learning rate, decayed linearly to zero (fastText <c>-lr</c>). Default 0.5.</summary>
    public double LearningRate { get; init; } = 0.5;

    /// <summary>Shortest character n-gram of a word, boundary marks included (fastText <c>-minn</c>). Default 1.</summary>
    public int CharNGramMin { get; init; } = 1;

    /// <summary>Longest character n-gram of a word; 0 turns them off (fastText <c>-maxn</c>). Default 3.</summary>
    public int CharNGramMax { get; init; } = 3;

    /// <summary>Adds pairs of neighbouring words (fastText <c>-wordNgrams 2</c>). Default true.</summary>
    public bool WordBigrams { get; init; } = true;

    /// <summary>Seed of the initial vectors and of the order of examples, so the same data gives the same model. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The defaults.</summary>
    public static SubwordClassifierOptions Default { get; } = new();
}
