namespace Dasan.Ai.Knowledge;

/// <summary>Settings of <see cref="Chunker"/>.</summary>
public sealed record ChunkerOptions
{
    /// <summary>A chunk is closed once it reaches this many characters. Default 500.</summary>
    public int TargetLength { get; init; } = 500;

    /// <summary>A chunk never grows beyond this many characters; longer sentences are cut at spaces. Default 700.</summary>
    public int MaxLength { get; init; } = 700;

    /// <summary>The last sentence of a chunk is repeated at the start of the next when at most this long. Default 160.</summary>
    public int OverlapLength { get; init; } = 160;

    /// <summary>The defaults.</summary>
    public static ChunkerOptions Default { get; } = new();
}
