using System.Linq.Expressions;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Histograms of the time to answer and to close per department (key 0 = none), bucket index → requests: counted
/// from the requests (ADR 0311) or summed from the roll-up's bucket columns (ADR 0313).
/// </summary>
internal sealed class DurationCounts
{
    public const long NoDepartment = 0;

    public Dictionary<long, Dictionary<int, int>> Answered { get; } = [];

    public Dictionary<long, Dictionary<int, int>> Closed { get; } = [];

    public async Task AddRequestsAsync(DasanDbContext db, DashboardFilter f, CancellationToken ct)
    {
        var q = DashboardAccess.Received(db, f);
        Add(Answered, await HistogramAsync(q.Where(r => r.AnsweredAt != null && r.AnsweredAt >= r.ReceivedAt), r => r.AnsweredAt, ct));
        Add(Closed, await HistogramAsync(q.Where(r => r.ClosedAt != null && r.ClosedAt >= r.ReceivedAt), r => r.ClosedAt, ct));
    }

    public async Task AddRollupAsync(DasanDbContext db, DashboardFilter f, RollupPlan plan, CancellationToken ct)
    {
        var rows = await RollupRows.Of(db, f, DashboardDimension.Department, plan).GroupBy(x => x.DepartmentId).Select(SumsPerDepartment).ToListAsync(ct);
        foreach (var row in rows)
        {
            var department = row.DepartmentId ?? NoDepartment;
            Add(Answered, RollupColumns.Answered.Select((c, i) => (department, i, Read(row, c))));
            Add(Closed, RollupColumns.Closed.Select((c, i) => (department, i, Read(row, c))));
        }
    }

    private static void Add(Dictionary<long, Dictionary<int, int>> into, IEnumerable<(long Department, int Bucket, int Count)> counts)
    {
        foreach (var (department, bucket, count) in counts.Where(c => c.Count > 0))
        {
            var histogram = into.TryGetValue(department, out var h) ? h : into[department] = [];
            histogram[bucket] = histogram.GetValueOrDefault(bucket) + count;
        }
    }

    private static async Task<List<(long, int, int)>> HistogramAsync(
        IQueryable<CitizenRequest> q, Expression<Func<CitizenRequest, DateTime?>> end, CancellationToken ct)
    {
        var r = Expression.Parameter(typeof(CitizenRequest), "r");
        var key = Expression.Lambda<Func<CitizenRequest, TimingKey>>(Expression.MemberInit(Expression.New(typeof(TimingKey)),
            Expression.Bind(typeof(TimingKey).GetProperty(nameof(TimingKey.DepartmentId))!, Expression.Property(r, nameof(CitizenRequest.DepartmentId))),
            Expression.Bind(typeof(TimingKey).GetProperty(nameof(TimingKey.Bucket))!, DurationHistogram.BucketOf(r, end))), r);
        var rows = await q.GroupBy(key).Select(g => new { g.Key.DepartmentId, g.Key.Bucket, Count = g.Count() }).ToListAsync(ct);
        return rows.Select(x => (x.DepartmentId ?? NoDepartment, x.Bucket, x.Count)).ToList();
    }

    private static int Read(DashboardRollup row, string column) => (int?)typeof(DashboardRollup).GetProperty(column)!.GetValue(row) ?? 0;

    /// <summary><c>g => new DashboardRollup { DepartmentId = g.Key, Answered00 = g.Sum(x => x.Answered00), … }</c>.</summary>
    private static readonly Expression<Func<IGrouping<long?, DashboardRollup>, DashboardRollup>> SumsPerDepartment = BuildSums();

    private static Expression<Func<IGrouping<long?, DashboardRollup>, DashboardRollup>> BuildSums()
    {
        var g = Expression.Parameter(typeof(IGrouping<long?, DashboardRollup>), "g");
        var x = Expression.Parameter(typeof(DashboardRollup), "x");
        var bindings = RollupColumns.Durations.Select(c => (MemberBinding)Expression.Bind(typeof(DashboardRollup).GetProperty(c)!,
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Sum), [typeof(DashboardRollup)], g,
                Expression.Lambda<Func<DashboardRollup, int?>>(Expression.Property(x, c), x))));
        var key = Expression.Bind(typeof(DashboardRollup).GetProperty(nameof(DashboardRollup.DepartmentId))!, Expression.Property(g, "Key"));
        return Expression.Lambda<Func<IGrouping<long?, DashboardRollup>, DashboardRollup>>(
            Expression.MemberInit(Expression.New(typeof(DashboardRollup)), [key, .. bindings]), g);
    }
}
