using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Data;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Request counts by domain, department or district, in total and over time: whole days and months from the
/// roll-up (ADR 0313), parts of days at unaligned period ends from the requests (ADR 0310).
/// </summary>
public sealed class VolumeQueries(DasanDbContext db, DashboardLabels labels, RollupRefresher rollup)
{
    /// <summary>Counts per key, largest first. The filter must already be scoped (<see cref="DashboardAccess.Scope"/>).</summary>
    public async Task<IReadOnlyList<CountRow>> BreakdownAsync(DashboardFilter f, DashboardDimension by, CancellationToken ct)
    {
        var stale = await rollup.RefreshAsync(ct);
        var plan = RollupPlan.For(f, months: true, stale);
        var counts = await RollupCounts.BreakdownAsync(db, f, by, plan, ct);
        foreach (var part in plan.Partial)
        {
            counts.AddRange(await RequestCounts.BreakdownAsync(db, part, by, ct));
        }

        var names = await labels.ForAsync(by, ct);
        return counts.GroupBy(c => c.Key).Select(g => names.Row(g.Key, g.Sum(c => c.Count)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>Counts per Seoul day (or month for long periods) and key, in date order.</summary>
    public async Task<IReadOnlyList<SeriesPoint>> OverTimeAsync(DashboardFilter f, DashboardDimension by, CancellationToken ct)
    {
        var stale = await rollup.RefreshAsync(ct);
        var plan = RollupPlan.For(f, months: f.Monthly, stale);
        var points = await RollupCounts.SeriesAsync(db, f, by, plan, f.Monthly, ct);
        foreach (var part in plan.Partial)
        {
            points.AddRange(await RequestCounts.SeriesAsync(db, part, by, f.Monthly, ct));
        }

        return points.GroupBy(p => (p.Bucket, p.Key)).Select(g => new SeriesPoint(g.Key.Bucket, g.Key.Key, g.Sum(p => p.Count)))
            .OrderBy(p => p.Bucket).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
    }
}
