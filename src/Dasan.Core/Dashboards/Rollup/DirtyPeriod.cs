namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// A part of the roll-up that no longer matches the requests. A dirty <see cref="RollupGrain.Day"/>: requests or
/// triage suggestions received that Seoul day changed (written in the same transaction as the change by
/// <see cref="DirtyDayRecorder"/>). A dirty <see cref="RollupGrain.Month"/>: its days were recounted but its monthly
/// rows not yet, so readers take that month from its daily rows. <see cref="RollupRefresher"/> clears both.
/// </summary>
public sealed class DirtyPeriod
{
    public long Id { get; set; }

    public RollupGrain Grain { get; set; }

    /// <summary>The Seoul day, or the first day of the month.</summary>
    public DateOnly Start { get; set; }
}
