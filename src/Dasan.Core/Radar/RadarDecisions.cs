using System.Globalization;
using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Radar;

/// <summary>
/// Staff decisions on detected issues: confirm, dismiss (suppresses the issue in later detections and is kept as
/// feedback) or hand to a department as a task (a notification to that department). Every decision is audited.
/// </summary>
public sealed class RadarDecisions(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const int NoteMax = 1000;

    public async Task<RadarDecision> DecideAsync(Actor actor, DetectedIssue issue, RadarDecisionKind kind, long? departmentId, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(issue);
        if (actor.Role is null)
        {
            throw new UnauthorizedAccessException("Only staff can decide on radar issues.");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > NoteMax)
        {
            throw new ArgumentException($"note: at most {NoteMax} characters.", nameof(note));
        }

        string? departmentName = null;
        if (kind == RadarDecisionKind.Assigned)
        {
            var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId && d.Active, ct)
                ?? throw new ArgumentException("department: choose an active department to hand the issue to.", nameof(departmentId));
            departmentName = department.Name;
        }

        var decision = new RadarDecision
        {
            IssueKey = issue.Key.Length > 500 ? issue.Key[..500] : issue.Key,
            Label = issue.Label.Length > 300 ? issue.Label[..300] : issue.Label,
            Kind = kind,
            DepartmentId = kind == RadarDecisionKind.Assigned ? departmentId : null,
            Note = note,
            DecidedBy = actor.Name,
            At = clock.GetUtcNow().UtcDateTime,
            Evidence = Evidence(issue),
        };
        db.RadarDecisions.Add(decision);
        if (kind == RadarDecisionKind.Assigned)
        {
            db.Notifications.Add(new Notification
            {
                DepartmentId = departmentId!.Value,
                Kind = "radar-task",
                Message = Clip($"이슈 레이더 과제: {issue.Label} — {issue.Volume}건, {issue.FirstSeen:yyyy-MM-dd}부터" + (note is null ? "" : $" ({note})"), 1000),
                At = decision.At,
            });
        }

        await db.SaveChangesAsync(ct);
        audit.Record(actor, "radar.issue." + kind.ToString().ToLowerInvariant(), "radar_issue", decision.Id.ToString(CultureInfo.InvariantCulture), null,
            new { issue.Label, issue.Key, kind = kind.ToString(), department = departmentName, note });
        await db.SaveChangesAsync(ct);
        return decision;
    }

    public Task<List<RadarDecision>> RecentAsync(int count, CancellationToken ct) =>
        db.RadarDecisions.AsNoTracking().OrderByDescending(d => d.At).ThenByDescending(d => d.Id).Take(count).ToListAsync(ct);

    private static string Evidence(DetectedIssue issue) => Clip(JsonSerializer.Serialize(new
    {
        issue.Volume, issue.Score, issue.Growth, issue.FirstSeen, evidence = issue.Evidence.Take(4),
    }), 4000);

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
