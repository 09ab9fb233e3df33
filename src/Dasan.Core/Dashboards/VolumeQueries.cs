using System.Globalization;
using System.Linq.Expressions;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>Request counts by domain, department or district, in total and over time; grouped in the database.</summary>
public sealed class VolumeQueries(DasanDbContext db, DashboardLabels labels)
{
    /// <summary>Counts per key, largest first. The filter must already be scoped (<see cref="DashboardAccess.Scope"/>).</summary>
    public async Task<IReadOnlyList<CountRow>> BreakdownAsync(DashboardFilter f, DashboardDimension by, CancellationToken ct)
    {
        var q = DashboardAccess.Received(db, f);
        var counts = by switch
        {
            DashboardDimension.Domain => await CountAsync(q, r => r.Domain, ct),
            DashboardDimension.District => await CountAsync(q, r => r.District, ct),
            _ => (await CountAsync(q, r => r.DepartmentId, ct)).Select(c => (Id(c.Key), c.Count)).ToList(),
        };
        var names = await labels.ForAsync(by, ct);
        return counts.Select(c => names.Row(c.Item1, c.Count)).OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
    }

    /// <summary>Counts per Seoul day (or month for long periods) and key, in date order.</summary>
    public async Task<IReadOnlyList<SeriesPoint>> OverTimeAsync(DashboardFilter f, DashboardDimension by, CancellationToken ct)
    {
        var q = DashboardAccess.Received(db, f);
        return by switch
        {
            DashboardDimension.Domain => await SeriesAsync(q, r => r.Domain, f.Monthly, k => k, ct),
            DashboardDimension.District => await SeriesAsync(q, r => r.District, f.Monthly, k => k, ct),
            _ => await SeriesAsync(q, r => r.DepartmentId, f.Monthly, Id, ct),
        };
    }

    private static string? Id(long? id) => id?.ToString(CultureInfo.InvariantCulture);

    private static async Task<List<(TKey Key, int Count)>> CountAsync<TKey>(
        IQueryable<CitizenRequest> q, Expression<Func<CitizenRequest, TKey>> key, CancellationToken ct) =>
        (await q.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).Select(x => (x.Key, x.Count)).ToList();

    private static async Task<IReadOnlyList<SeriesPoint>> SeriesAsync<TKey>(
        IQueryable<CitizenRequest> q, Expression<Func<CitizenRequest, TKey>> key, bool monthly, Func<TKey, string?> text, CancellationToken ct)
    {
        var rows = await q.GroupBy(SeriesShapes.Bucket(key, monthly))
            .Select(g => new { g.Key.Day, g.Key.Year, g.Key.Month, g.Key.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.Select(x => new SeriesPoint(monthly ? new DateOnly(x.Year, x.Month, 1) : DateOnly.FromDateTime(x.Day), text(x.Key), x.Count))
            .OrderBy(p => p.Bucket).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
    }
}
