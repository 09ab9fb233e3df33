namespace Dasan.Ai.Triage.Duplicates;

/// <summary>Settings of <see cref="MinHasher"/> and <see cref="NearDuplicateIndex"/>.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>MinHash functions per signature. Default 128. Must be a multiple of <see cref="Bands"/>.</summary>
    public int HashCount { get; init; } = 128;

    /// <summary>LSH bands; rows per band are <see cref="HashCount"/> / <see cref="Bands"/>. Default 32 (× 4 rows),
    /// so a pair with Jaccard 0.6 becomes a candidate with probability ≈ 0.98 and one with 0.3 with ≈ 0.23.</summary>
    public int Bands { get; init; } = 32;

    /// <summary>Characters per shingle, over the compacted text (no spaces or punctuation). Default 3.</summary>
    public int ShingleLength { get; init; } = 3;

    /// <summary>Minimum exact Jaccard similarity of shingle sets for a duplicate. Default 0.6.</summary>
    public double Threshold { get; init; } = 0.6;

    /// <summary>Entries older than this (relative to the time passed to <see cref="NearDuplicateIndex.Evict"/>) are dropped. Default 30 days.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Most candidates checked per search, newest first: bounds the cost of a search when a flood of
    /// near-identical requests fills the buckets. Default 500.</summary>
    public int MaxCandidates { get; init; } = 500;

    /// <summary>The defaults.</summary>
    public static NearDuplicateOptions Default { get; } = new();

    internal int RowsPerBand => HashCount / Bands;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(HashCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ShingleLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ShingleLength, 4);
        ArgumentOutOfRangeException.ThrowIfNegative(Threshold);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCandidates, 1);
        if (HashCount % Bands != 0)
        {
            throw new ArgumentException($"HashCount ({HashCount}) must be a multiple of Bands ({Bands}); try 128 hashes with 32 bands.", nameof(Bands));
        }
    }
}
