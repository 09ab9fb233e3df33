namespace Dasan.Core.Radar;

/// <summary>What one ingestion did: items added (of which folded into an earlier story) and items already present.</summary>
public sealed record IngestResult(int Added, int Folded, int AlreadyPresent)
{
    public static IngestResult Empty { get; } = new(0, 0, 0);

    public IngestResult Plus(IngestResult other) => new(Added + other.Added, Folded + other.Folded, AlreadyPresent + other.AlreadyPresent);
}
