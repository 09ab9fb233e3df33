using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>
/// On first start, seeds the synthetic roster with its completions and puts the demo staff logins on the roster (linked
/// to their accounts, with no completions yet) so they can take quizzes. Runs once per installation, with demo data only.
/// </summary>
public sealed class TrainingSampleSeeder(DasanDbContext db, AuditTrail audit, TimeProvider clock, Curriculum curriculum, Seed.SeedOptions options)
{
    public const string SeedKey = "training.seed.version";

    /// <summary>Accounts without a department (the supervisor) go on the roster of 시민소통담당관.</summary>
    public const string DefaultDepartmentCode = "citizen-communication";

    private static readonly Actor SeedActor = new(ActorKind.System, "seed", StaffRole.Admin);

    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        if (!options.DemoData || await db.Settings.AnyAsync(s => s.Key == SeedKey, ct) || !await db.Departments.AnyAsync(ct))
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var departments = await db.Departments.Where(d => d.Active).ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var people = new SyntheticRoster(curriculum).Generate(departments.Keys, now);
        var members = people.Select(p => new RosterMember
        {
            EmployeeNo = p.EmployeeNo, Name = p.Name, DepartmentId = departments[p.DepartmentCode], Grade = p.Grade, JobRole = p.JobRole,
            OperatesTier = p.OperatesTier, Source = "seed", UpdatedAt = now,
        }).ToList();
        var logins = await SeedLoginsAsync(departments, now, ct);
        db.TrainingRoster.AddRange(members);
        await db.SaveChangesAsync(ct);

        foreach (var (member, person) in members.Zip(people))
        {
            db.TrainingEnrolments.AddRange(person.Levels.Select(l => new TrainingEnrolment { RosterMemberId = member.Id, Level = l, EnrolledAt = now, EnrolledBy = "seed" }));
            db.TrainingCompletions.AddRange(person.Completions.Select(c => new ModuleCompletion
            {
                RosterMemberId = member.Id, ModuleCode = c.Module, CompletedAt = c.At, ExpiresAt = c.At.AddMonths(curriculum.ValidMonths(c.Module)),
                Score = c.Score, Source = c.Source, RecordedAt = now,
            }));
        }

        foreach (var (member, levels) in logins)
        {
            db.TrainingEnrolments.AddRange(levels.Select(l => new TrainingEnrolment { RosterMemberId = member.Id, Level = l, EnrolledAt = now, EnrolledBy = "seed" }));
        }

        db.Settings.Add(new Setting { Key = SeedKey, Value = curriculum.Version });
        audit.Record(SeedActor, "training.roster_seeded", "training_roster", "seed", null,
            new { staff = members.Count + logins.Count, completions = people.Sum(p => p.Completions.Count), curriculum = curriculum.Version });
        await db.SaveChangesAsync(ct);
        return members.Count + logins.Count;
    }

    private async Task<List<(RosterMember, string[])>> SeedLoginsAsync(Dictionary<string, long> departments, DateTime now, CancellationToken ct)
    {
        var users = await db.StaffUsers.Where(u => u.Role != StaffRole.Admin && u.Role != StaffRole.Integration).OrderBy(u => u.Id).ToListAsync(ct);
        var result = new List<(RosterMember, string[])>();
        foreach (var u in users)
        {
            var supervisor = u.Role == StaffRole.Supervisor;
            var member = new RosterMember
            {
                EmployeeNo = "DEMO-" + u.Login, Name = u.DisplayName, DepartmentId = u.DepartmentId ?? departments[DefaultDepartmentCode],
                Grade = supervisor ? "과장" : "7급", JobRole = supervisor ? "관리자" : "민원", StaffUserId = u.Id, Source = "seed", UpdatedAt = now,
            };
            db.TrainingRoster.Add(member);
            result.Add((member, supervisor ? ["L0", "L3"] : ["L0", "L1"]));
        }

        return result;
    }
}
