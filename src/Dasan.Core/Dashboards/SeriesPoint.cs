namespace Dasan.Core.Dashboards;

/// <summary>Requests received on one Seoul day (or in one month, dated its first day) for one key.</summary>
public sealed record SeriesPoint(DateOnly Bucket, string? Key, int Count);
