using System.Globalization;
using System.Linq.Expressions;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>Median time to answer and to close, per department and overall, from histograms counted in the database.</summary>
public sealed class TimingQueries(DasanDbContext db, DashboardLabels labels)
{
    public const string Total = "전체";
    private const long NoDepartment = 0;

    /// <summary>The first row is the whole scope; then departments by number answered. The filter must be scoped.</summary>
    public async Task<IReadOnlyList<TimingRow>> TimingAsync(DashboardFilter f, CancellationToken ct)
    {
        var q = DashboardAccess.Received(db, f);
        var answered = await HistogramAsync(q.Where(r => r.AnsweredAt != null && r.AnsweredAt >= r.ReceivedAt), r => r.AnsweredAt, ct);
        var closed = await HistogramAsync(q.Where(r => r.ClosedAt != null && r.ClosedAt >= r.ReceivedAt), r => r.ClosedAt, ct);
        var names = await labels.DepartmentsAsync(ct);
        var rows = answered.Keys.Union(closed.Keys).Select(d =>
        {
            var a = answered.GetValueOrDefault(d) ?? [];
            var c = closed.GetValueOrDefault(d) ?? [];
            var (ko, en) = names.TryGetValue(d.ToString(CultureInfo.InvariantCulture), out var n) ? n : (DashboardLabels.Unset, DashboardLabels.UnsetEn);
            return new TimingRow(d == NoDepartment ? null : d, ko, en, a.Values.Sum(), DurationHistogram.Median(a), c.Values.Sum(), DurationHistogram.Median(c));
        }).OrderByDescending(r => r.Answered).ThenBy(r => r.Department, StringComparer.Ordinal).ToList();
        var all = new TimingRow(null, Total, "All", rows.Sum(r => r.Answered), DurationHistogram.Median(Merge(answered.Values)),
            rows.Sum(r => r.Closed), DurationHistogram.Median(Merge(closed.Values)));
        return [all, .. rows];
    }

    private static async Task<Dictionary<long, Dictionary<int, int>>> HistogramAsync(
        IQueryable<CitizenRequest> q, Expression<Func<CitizenRequest, DateTime?>> end, CancellationToken ct)
    {
        var r = Expression.Parameter(typeof(CitizenRequest), "r");
        var key = Expression.Lambda<Func<CitizenRequest, TimingKey>>(Expression.MemberInit(Expression.New(typeof(TimingKey)),
            Expression.Bind(typeof(TimingKey).GetProperty(nameof(TimingKey.DepartmentId))!, Expression.Property(r, nameof(CitizenRequest.DepartmentId))),
            Expression.Bind(typeof(TimingKey).GetProperty(nameof(TimingKey.Bucket))!, DurationHistogram.BucketOf(r, end))), r);
        var rows = await q.GroupBy(key).Select(g => new { g.Key.DepartmentId, g.Key.Bucket, Count = g.Count() }).ToListAsync(ct);
        return rows.GroupBy(x => x.DepartmentId ?? NoDepartment).ToDictionary(g => g.Key, g => g.ToDictionary(x => x.Bucket, x => x.Count));
    }

    private static Dictionary<int, int> Merge(IEnumerable<Dictionary<int, int>> parts) =>
        parts.SelectMany(p => p).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
}
