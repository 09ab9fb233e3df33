namespace Dasan.Core.Dashboards.Rollup;

/// <summary>Group key of a series read from the roll-up: a day or month and a breakdown key (internal to the queries).</summary>
public sealed class RollupBucket<TKey>
{
    public DateOnly Bucket { get; init; }
    public TKey Key { get; init; } = default!;
}
