using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>Open and overdue requests per department now (a snapshot: the period does not apply).</summary>
public sealed class BacklogQueries(DasanDbContext db, DashboardLabels labels)
{
    public async Task<IReadOnlyList<BacklogRow>> BacklogAsync(DashboardFilter f, DateTime utcNow, CancellationToken ct)
    {
        var rows = await DashboardAccess.Matching(db, f).Where(RequestLifecycle.OpenRequest)
            .GroupBy(r => r.DepartmentId)
            .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(r => r.DueAt < utcNow) })
            .ToListAsync(ct);
        var names = await labels.ForAsync(DashboardDimension.Department, ct);
        return rows.Select(x =>
        {
            var (ko, en) = names.Of(x.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new BacklogRow(x.Key, ko, en, x.Open, x.Overdue);
        }).OrderByDescending(x => x.Overdue).ThenByDescending(x => x.Open).ThenBy(x => x.Department, StringComparer.Ordinal).ToList();
    }
}
