using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Radar;

/// <summary>
/// Gathers a briefing's evidence: the window's top issues (for a bureau, those whose candidate departments are in
/// the bureau or whose domain is one of its domains), request volumes against the previous window, and overdue requests.
/// </summary>
public sealed class BriefingBuilder(DasanDbContext db, RadarDetection detection, RadarOptions options, TimeProvider clock)
{
    public const int TopIssues = 5;

    public async Task<Briefing> BuildAsync(DateOnly date, BriefingPeriod period, string? bureau, CancellationToken ct)
    {
        var days = period == BriefingPeriod.Daily ? 1 : 7;
        var from = date.AddDays(1 - days);
        var departments = await db.Departments.AsNoTracking().ToListAsync(ct);
        var mine = bureau is null ? departments : departments.Where(d => d.Bureau == bureau).ToList();
        if (bureau is not null && mine.Count == 0)
        {
            throw new ArgumentException($"bureau: no bureau is named '{bureau}'.", nameof(bureau));
        }

        var codes = mine.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var domains = mine.Select(d => d.Domain).ToHashSet(StringComparer.Ordinal);
        var detected = await detection.DetectAsync(from, date, null, ct);
        var issues = detected.Issues.Where(i => bureau is null || i.Departments.Any(codes.Contains) || i.Domains.Any(domains.Contains)).Take(TopIssues).ToList();
        var ids = mine.Select(d => d.Id).ToList();
        var requests = db.Requests.AsNoTracking().Where(r => bureau == null || (r.DepartmentId != null && ids.Contains(r.DepartmentId.Value)));
        var (start, end) = (RadarDates.StartOf(from, options.CityOffset), RadarDates.StartOf(date.AddDays(1), options.CityOffset));
        var previousStart = RadarDates.StartOf(from.AddDays(-days), options.CityOffset);
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = requests.Where(RequestLifecycle.OpenRequest).Where(r => r.DueAt < now);
        var oldest = await overdue.OrderBy(r => r.DueAt).Take(5)
            .Select(r => new { r.Id, r.TrackingNumber, r.Title, Department = r.Department == null ? null : r.Department.Name, r.DueAt }).ToListAsync(ct);
        return new Briefing
        {
            Audience = bureau ?? Briefing.MayorsOffice,
            Period = period,
            From = from,
            To = date,
            Issues = issues,
            Requests = await requests.CountAsync(r => r.ReceivedAt >= start && r.ReceivedAt < end, ct),
            PreviousRequests = await requests.CountAsync(r => r.ReceivedAt >= previousStart && r.ReceivedAt < start, ct),
            Overdue = await overdue.CountAsync(ct),
            OldestOverdue = oldest.Select(o => new OverdueRequest(o.Id, o.TrackingNumber, o.Title, o.Department, o.DueAt, Math.Max(1, (int)(now - o.DueAt).TotalDays))).ToList(),
            DepartmentNames = departments.ToDictionary(d => d.Code, d => d.Name),
        };
    }
}
