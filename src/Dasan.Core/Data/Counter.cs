namespace Dasan.Core.Data;

/// <summary>A named sequence, e.g. the tracking-number counter of one year.</summary>
public sealed class Counter
{
    public required string Name { get; set; }
    public long Value { get; set; }
}
