using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>Computes <see cref="HubReport"/> from the database (counts grouped in SQL; a city has hundreds of challenges, not millions).</summary>
public sealed class HubReportBuilder(DasanDbContext db, TimeProvider clock)
{
    public async Task<HubReport> BuildAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(9));
        var challenges = await db.Challenges.AsNoTracking()
            .Where(c => c.Status != ChallengeStatus.Draft && c.Status != ChallengeStatus.Submitted)
            .Select(c => new { c.Id, c.Code, c.Bureau, c.Title, c.Status, c.ClosesOn, c.DecisionDueOn, c.DecidedAt })
            .OrderBy(c => c.Code).ToListAsync(ct);
        var proposals = await db.Proposals.AsNoTracking().GroupBy(p => p.ChallengeId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
        var pilots = await db.Pilots.AsNoTracking().Select(p => new { p.ChallengeId, p.Status, p.CertificateNumber, p.Procurement }).ToListAsync(ct);
        var rows = challenges.Select(c =>
        {
            int? days = c.DecidedAt is { } d ? DateOnly.FromDateTime(d.AddHours(9)).DayNumber - c.ClosesOn.DayNumber : null;
            var overdue = c.Status is ChallengeStatus.Published or ChallengeStatus.Evaluating && today > c.DecisionDueOn ? today.DayNumber - c.DecisionDueOn.DayNumber : 0;
            return new HubChallengeRow(c.Code, c.Bureau, c.Title, c.Status.ToString(), proposals.GetValueOrDefault(c.Id), c.DecisionDueOn, days, overdue);
        }).ToList();
        var decided = challenges.Where(c => c.DecidedAt is not null).ToList();
        var late = decided.Count(c => DateOnly.FromDateTime(c.DecidedAt!.Value.AddHours(9)) > c.DecisionDueOn);
        var days = rows.Where(r => r.DaysToDecision is not null).Select(r => (double)r.DaysToDecision!.Value).Order().ToList();
        var finished = pilots.Count(p => p.Status == PilotStatus.Finished);
        var recommended = pilots.Count(p => p.Procurement == "recommend");
        var byBureau = rows.GroupBy(r => r.Bureau).Select(g => new HubBureauRow(
            g.Key, g.Count(), g.Sum(r => r.Proposals), pilots.Count(p => challenges.Any(c => c.Id == p.ChallengeId && c.Bureau == g.Key))))
            .OrderByDescending(b => b.Challenges).ThenBy(b => b.Bureau, StringComparer.Ordinal).ToList();
        return new HubReport(
            today, rows.Count, rows.Count(r => r.Status == nameof(ChallengeStatus.Published)), rows.Sum(r => r.Proposals),
            rows.Count == 0 ? 0 : Math.Round(rows.Sum(r => r.Proposals) / (double)rows.Count, 1),
            days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2,
            decided.Count - late, late, pilots.Count, pilots.Count(p => p.Status == PilotStatus.Running), pilots.Count(p => p.CertificateNumber is not null),
            recommended, finished == 0 ? null : Math.Round(recommended / (double)finished, 3), byBureau, rows, rows.Where(r => r.DaysOverdue > 0).ToList());
    }
}
