using System.Linq.Expressions;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>Request counts of a period's whole days and months, summed from the roll-up (see <see cref="RollupRows"/>).</summary>
internal static class RollupCounts
{
    public static async Task<List<(string? Key, int Count)>> BreakdownAsync(
        DasanDbContext db, DashboardFilter f, DashboardDimension by, RollupPlan plan, CancellationToken ct)
    {
        var q = RollupRows.Of(db, f, by, plan);
        return by switch
        {
            DashboardDimension.Domain => await CountAsync(q, x => x.Domain, ct),
            DashboardDimension.District => await CountAsync(q, x => x.District, ct),
            _ => (await CountAsync(q, x => x.DepartmentId, ct)).Select(c => (RequestCounts.Id(c.Key), c.Count)).ToList(),
        };
    }

    public static async Task<List<SeriesPoint>> SeriesAsync(
        DasanDbContext db, DashboardFilter f, DashboardDimension by, RollupPlan plan, bool monthly, CancellationToken ct)
    {
        var q = RollupRows.Of(db, f, by, plan);
        return by switch
        {
            DashboardDimension.Domain => await SeriesAsync(q, x => x.Domain, monthly, k => k, ct),
            DashboardDimension.District => await SeriesAsync(q, x => x.District, monthly, k => k, ct),
            _ => await SeriesAsync(q, x => x.DepartmentId, monthly, RequestCounts.Id, ct),
        };
    }

    private static async Task<List<(TKey Key, int Count)>> CountAsync<TKey>(
        IQueryable<DashboardRollup> q, Expression<Func<DashboardRollup, TKey>> key, CancellationToken ct) =>
        (await q.GroupBy(key).Select(g => new { g.Key, Count = g.Sum(x => x.Received) }).ToListAsync(ct)).Select(x => (x.Key, x.Count)).ToList();

    private static async Task<List<SeriesPoint>> SeriesAsync<TKey>(
        IQueryable<DashboardRollup> q, Expression<Func<DashboardRollup, TKey>> key, bool monthly, Func<TKey, string?> text, CancellationToken ct)
    {
        Expression<Func<DashboardRollup, DateOnly>> time = monthly ? x => x.Month : x => x.Start;
        var x = key.Parameters[0];
        var shape = Expression.Lambda<Func<DashboardRollup, RollupBucket<TKey>>>(Expression.MemberInit(
            Expression.New(typeof(RollupBucket<TKey>)),
            Expression.Bind(typeof(RollupBucket<TKey>).GetProperty(nameof(RollupBucket<TKey>.Bucket))!, ReplacingExpressionVisitor.Replace(time.Parameters[0], x, time.Body)),
            Expression.Bind(typeof(RollupBucket<TKey>).GetProperty(nameof(RollupBucket<TKey>.Key))!, key.Body)), x);
        var rows = await q.GroupBy(shape).Select(g => new { g.Key.Bucket, g.Key.Key, Count = g.Sum(r => r.Received) }).ToListAsync(ct);
        return rows.Select(r => new SeriesPoint(r.Bucket, text(r.Key), r.Count)).ToList();
    }
}
