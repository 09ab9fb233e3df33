using System.Globalization;
using System.Linq.Expressions;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Request counts grouped in the database straight from <c>requests</c> (ADR 0310): what the roll-up must equal,
/// and how the parts of days at period ends not on a Seoul midnight are counted.
/// </summary>
internal static class RequestCounts
{
    public static async Task<List<(string? Key, int Count)>> BreakdownAsync(DasanDbContext db, DashboardFilter f, DashboardDimension by, CancellationToken ct)
    {
        var q = DashboardAccess.Received(db, f);
        return by switch
        {
            DashboardDimension.Domain => await CountAsync(q, r => r.Domain, ct),
            DashboardDimension.District => await CountAsync(q, r => r.District, ct),
            _ => (await CountAsync(q, r => r.DepartmentId, ct)).Select(c => (Id(c.Key), c.Count)).ToList(),
        };
    }

    public static async Task<List<SeriesPoint>> SeriesAsync(DasanDbContext db, DashboardFilter f, DashboardDimension by, bool monthly, CancellationToken ct)
    {
        var q = DashboardAccess.Received(db, f);
        return by switch
        {
            DashboardDimension.Domain => await SeriesAsync(q, r => r.Domain, monthly, k => k, ct),
            DashboardDimension.District => await SeriesAsync(q, r => r.District, monthly, k => k, ct),
            _ => await SeriesAsync(q, r => r.DepartmentId, monthly, Id, ct),
        };
    }

    public static string? Id(long? id) => id?.ToString(CultureInfo.InvariantCulture);

    private static async Task<List<(TKey Key, int Count)>> CountAsync<TKey>(
        IQueryable<CitizenRequest> q, Expression<Func<CitizenRequest, TKey>> key, CancellationToken ct) =>
        (await q.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).Select(x => (x.Key, x.Count)).ToList();

    private static async Task<List<SeriesPoint>> SeriesAsync<TKey>(
        IQueryable<CitizenRequest> q, Expression<Func<CitizenRequest, TKey>> key, bool monthly, Func<TKey, string?> text, CancellationToken ct)
    {
        var rows = await q.GroupBy(SeriesShapes.Bucket(key, monthly))
            .Select(g => new { g.Key.Day, g.Key.Year, g.Key.Month, g.Key.Key, Count = g.Count() }).ToListAsync(ct);
        return rows.Select(x => new SeriesPoint(monthly ? new DateOnly(x.Year, x.Month, 1) : DateOnly.FromDateTime(x.Day), text(x.Key), x.Count)).ToList();
    }
}
