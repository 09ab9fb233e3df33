using System.Globalization;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Data;

namespace Dasan.Core.Dashboards;

/// <summary>Median time to answer and to close, per department and overall, from histograms counted ahead (ADR 0311, 0313).</summary>
public sealed class TimingQueries(DasanDbContext db, DashboardLabels labels, RollupRefresher rollup)
{
    public const string Total = "전체";

    /// <summary>The first row is the whole scope; then departments by number answered. The filter must be scoped.</summary>
    public async Task<IReadOnlyList<TimingRow>> TimingAsync(DashboardFilter f, CancellationToken ct)
    {
        var stale = await rollup.RefreshAsync(ct);
        var plan = RollupPlan.For(f, months: true, stale);
        var counts = new DurationCounts();
        await counts.AddRollupAsync(db, f, plan, ct);
        foreach (var part in plan.Partial)
        {
            await counts.AddRequestsAsync(db, part, ct);
        }

        var (answered, closed) = (counts.Answered, counts.Closed);
        var names = await labels.DepartmentsAsync(ct);
        var rows = answered.Keys.Union(closed.Keys).Select(d =>
        {
            var a = answered.GetValueOrDefault(d) ?? [];
            var c = closed.GetValueOrDefault(d) ?? [];
            var (ko, en) = names.TryGetValue(d.ToString(CultureInfo.InvariantCulture), out var n) ? n : (DashboardLabels.Unset, DashboardLabels.UnsetEn);
            return new TimingRow(d == DurationCounts.NoDepartment ? null : d, ko, en, a.Values.Sum(), DurationHistogram.Median(a), c.Values.Sum(), DurationHistogram.Median(c));
        }).OrderByDescending(r => r.Answered).ThenBy(r => r.Department, StringComparer.Ordinal).ToList();
        var all = new TimingRow(null, Total, "All", rows.Sum(r => r.Answered), DurationHistogram.Median(Merge(answered.Values)),
            rows.Sum(r => r.Closed), DurationHistogram.Median(Merge(closed.Values)));
        return [all, .. rows];
    }

    private static Dictionary<int, int> Merge(IEnumerable<Dictionary<int, int>> parts) =>
        parts.SelectMany(p => p).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
}
