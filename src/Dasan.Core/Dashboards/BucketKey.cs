namespace Dasan.Core.Dashboards;

/// <summary>Group key of a time series: a Seoul day or month and a breakdown key (internal to the queries).</summary>
public sealed class BucketKey<TKey>
{
    public DateTime Day { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public TKey Key { get; init; } = default!;
}
