using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>Automatic-assignment and override rates of the triage, from the stored suggestions of the requests in scope.</summary>
public sealed class TriageRateQueries(DasanDbContext db, DashboardLabels labels)
{
    /// <summary>The first row is the whole scope, then one per request domain. The filter must be scoped.</summary>
    public async Task<IReadOnlyList<TriageRateRow>> RatesAsync(DashboardFilter f, CancellationToken ct)
    {
        var rows = await db.TriageSuggestions
            .Join(DashboardAccess.Received(db, f), s => s.RequestId, r => r.Id, (s, r) => new { r.Domain, s.AutoAssigned, s.OverriddenAt })
            .GroupBy(x => x.Domain)
            .Select(g => new
            {
                g.Key,
                Total = g.Count(),
                Auto = g.Count(x => x.AutoAssigned),
                Overridden = g.Count(x => x.OverriddenAt != null),
                AutoOverridden = g.Count(x => x.AutoAssigned && x.OverriddenAt != null),
            }).ToListAsync(ct);
        var names = await labels.ForAsync(DashboardDimension.Domain, ct);
        var list = rows.Select(x =>
        {
            var (ko, en) = names.Of(x.Key);
            return new TriageRateRow(x.Key, ko, en, x.Total, x.Auto, x.Overridden, x.AutoOverridden);
        }).OrderByDescending(x => x.Suggestions).ThenBy(x => x.Label, StringComparer.Ordinal).ToList();
        var all = new TriageRateRow(null, TimingQueries.Total, "All", list.Sum(x => x.Suggestions), list.Sum(x => x.AutoAssigned),
            list.Sum(x => x.Overridden), list.Sum(x => x.AutoOverridden));
        return [all, .. list];
    }
}
