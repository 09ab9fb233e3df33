using System.Text.RegularExpressions;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>
/// Imports a staff roster (columns employee_no, name, department, grade, job_role, operates_tier, login, active). Keyed by
/// employee number: new people are added and enrolled in the mandatory levels, known people updated; bad lines are
/// returned with their line numbers and nothing else is lost. Re-running the same file changes nothing.
/// </summary>
public sealed partial class RosterImporter(DasanDbContext db, AuditTrail audit, TimeProvider clock, Curriculum curriculum)
{
    public async Task<TrainingImportReport> ImportAsync(Actor actor, IEnumerable<ImportLine> lines, string source, CancellationToken ct)
    {
        TrainingAccess.EnsureCanImport(actor);
        var departments = await db.Departments.ToListAsync(ct);
        var byName = departments.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.First().Id);
        var byCode = departments.ToDictionary(d => d.Code, d => d.Id, StringComparer.OrdinalIgnoreCase);
        var logins = await db.StaffUsers.ToDictionaryAsync(u => u.Login.ToLowerInvariant(), u => u.Id, ct);
        var roster = await db.TrainingRoster.ToDictionaryAsync(r => r.EmployeeNo, ct);
        var linked = roster.Values.Where(r => r.StaffUserId is not null).ToDictionary(r => r.StaffUserId!.Value, r => r.EmployeeNo);
        var seen = new Dictionary<string, int>();
        var (added, updated, unchanged, rejected) = (new List<RosterMember>(), 0, 0, new List<RejectedLine>());
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var line in lines)
        {
            try
            {
                var row = RosterRow.Parse(line, byName, byCode, logins);
                if (seen.TryGetValue(row.EmployeeNo, out var first))
                {
                    throw new ImportLineException("employee_no", $"{row.EmployeeNo}이(가) {first}행에 이미 있습니다. (Duplicate of line {first}.)");
                }

                if (row.StaffUserId is { } u && linked.TryGetValue(u, out var other) && other != row.EmployeeNo)
                {
                    throw new ImportLineException("login", $"이 계정은 이미 {other}에 연결되어 있습니다. (Login already linked to {other}.)");
                }

                seen[row.EmployeeNo] = line.Line;
                if (!roster.TryGetValue(row.EmployeeNo, out var member))
                {
                    member = new RosterMember { EmployeeNo = row.EmployeeNo, Name = row.Name, Source = source, UpdatedAt = now };
                    row.ApplyTo(member, source, now);
                    db.TrainingRoster.Add(member);
                    added.Add(member);
                    roster[row.EmployeeNo] = member;
                }
                else if (row.ApplyTo(member, source, now))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }

                if (row.StaffUserId is { } linkedUser)
                {
                    linked[linkedUser] = row.EmployeeNo;
                }
            }
            catch (ImportLineException e)
            {
                rejected.Add(new RejectedLine(line.Line, e.Message, line.Raw));
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var level in curriculum.Levels.Where(l => l.Mandatory))
        {
            db.TrainingEnrolments.AddRange(added.Select(m => new TrainingEnrolment { RosterMemberId = m.Id, Level = level.Code, EnrolledAt = now, EnrolledBy = actor.Name }));
        }

        audit.Record(actor, "training.roster_imported", "training_roster", source, null,
            new { added = added.Count, updated, unchanged, rejected = rejected.Count, rejectedLines = rejected.Select(r => r.Line).Take(100) });
        await db.SaveChangesAsync(ct);
        return new TrainingImportReport(added.Count, updated, unchanged, rejected);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$")]
    internal static partial Regex EmployeeNoPattern();
}
