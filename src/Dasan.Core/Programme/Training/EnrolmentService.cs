using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>Enrols active roster members in a level, selected by department and/or job role (audited; re-running adds nobody twice).</summary>
public sealed class EnrolmentService(DasanDbContext db, AuditTrail audit, TimeProvider clock, Curriculum curriculum)
{
    public async Task<EnrolmentOutcome> EnrolAsync(Actor actor, string level, long? departmentId, string? jobRole, CancellationToken ct)
    {
        TrainingAccess.EnsureCanEnrol(actor);
        if (curriculum.Level(level) is null)
        {
            throw RequestValidationException.For("level", $"'{level}'은(는) 없는 과정입니다. {string.Join(", ", curriculum.Levels.Select(l => l.Code))} 중에서 고르세요. (Unknown level.)");
        }

        if (departmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d, ct))
        {
            throw RequestValidationException.For("departmentId", $"부서 {d}이(가) 없습니다. (Unknown department.)");
        }

        jobRole = string.IsNullOrWhiteSpace(jobRole) ? null : jobRole.Trim();
        if (jobRole is { Length: > 40 })
        {
            throw RequestValidationException.For("jobRole", "직무는 40자 이내로 입력하세요. (jobRole is too long.)");
        }

        var query = db.TrainingRoster.Where(r => r.Active);
        if (departmentId is not null)
        {
            query = query.Where(r => r.DepartmentId == departmentId);
        }

        if (jobRole is not null)
        {
            query = query.Where(r => r.JobRole == jobRole);
        }

        var matched = await query.Select(r => r.Id).ToListAsync(ct);
        var already = (await db.TrainingEnrolments.Where(e => e.Level == level && matched.Contains(e.RosterMemberId)).Select(e => e.RosterMemberId).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = matched.Where(id => !already.Contains(id)).ToList();
        db.TrainingEnrolments.AddRange(added.Select(id => new TrainingEnrolment { RosterMemberId = id, Level = level, EnrolledAt = now, EnrolledBy = actor.Name }));
        audit.Record(actor, "training.enrolled", "training_level", level, null, new { departmentId, jobRole, matched = matched.Count, added = added.Count });
        await db.SaveChangesAsync(ct);
        return new EnrolmentOutcome(level, matched.Count, added.Count);
    }
}
