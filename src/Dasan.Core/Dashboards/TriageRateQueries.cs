using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Automatic-assignment and override rates of the triage, from the stored suggestions of the requests in scope:
/// summed from the roll-up for whole days and months, joined from the tables for parts of days (ADR 0313).
/// </summary>
public sealed class TriageRateQueries(DasanDbContext db, DashboardLabels labels, RollupRefresher rollup)
{
    /// <summary>The first row is the whole scope, then one per request domain. The filter must be scoped.</summary>
    public async Task<IReadOnlyList<TriageRateRow>> RatesAsync(DashboardFilter f, CancellationToken ct)
    {
        var stale = await rollup.RefreshAsync(ct);
        var plan = RollupPlan.For(f, months: true, stale);
        var counts = await RollupRows.Of(db, f, DashboardDimension.Domain, plan)
            .GroupBy(x => x.Domain)
            .Select(g => new Counts(g.Key, g.Sum(x => x.Suggestions), g.Sum(x => x.AutoAssigned), g.Sum(x => x.Overridden), g.Sum(x => x.AutoOverridden)))
            .ToListAsync(ct);
        foreach (var part in plan.Partial)
        {
            counts.AddRange(await db.TriageSuggestions
                .Join(DashboardAccess.Received(db, part), s => s.RequestId, r => r.Id, (s, r) => new { r.Domain, s.AutoAssigned, s.OverriddenAt })
                .GroupBy(x => x.Domain)
                .Select(g => new Counts(g.Key, g.Count(), g.Count(x => x.AutoAssigned), g.Count(x => x.OverriddenAt != null),
                    g.Count(x => x.AutoAssigned && x.OverriddenAt != null)))
                .ToListAsync(ct));
        }

        var names = await labels.ForAsync(DashboardDimension.Domain, ct);
        var list = counts.GroupBy(c => c.Domain).Where(g => g.Sum(c => c.Total) > 0).Select(g =>
        {
            var (ko, en) = names.Of(g.Key);
            return new TriageRateRow(g.Key, ko, en, g.Sum(c => c.Total), g.Sum(c => c.Auto), g.Sum(c => c.Overridden), g.Sum(c => c.AutoOverridden));
        }).OrderByDescending(x => x.Suggestions).ThenBy(x => x.Label, StringComparer.Ordinal).ToList();
        var all = new TriageRateRow(null, TimingQueries.Total, "All", list.Sum(x => x.Suggestions), list.Sum(x => x.AutoAssigned),
            list.Sum(x => x.Overridden), list.Sum(x => x.AutoOverridden));
        return [all, .. list];
    }

    private sealed record Counts(string? Domain, int Total, int Auto, int Overridden, int AutoOverridden);
}
