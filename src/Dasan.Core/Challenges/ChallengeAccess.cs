using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>
/// Who may do what with challenges (ADR 0321): a bureau's staff draft and run their bureau's challenges and pilots; the
/// AI control tower (Admin) approves and may act on any; supervisors read all; an evaluator sees the proposals of the
/// challenges they are assigned to, after declaring conflicts of interest.
/// </summary>
public sealed record ChallengeAccess(Actor Actor, string? Bureau)
{
    public bool IsControlTower => Actor.Role == StaffRole.Admin;
    public bool ReadsAll => Actor.Role is StaffRole.Admin or StaffRole.Supervisor;

    public static async Task<ChallengeAccess> ForAsync(DasanDbContext db, Actor actor, CancellationToken ct)
    {
        var bureau = actor.DepartmentId is { } d ? await db.Departments.Where(x => x.Id == d).Select(x => x.Bureau).FirstOrDefaultAsync(ct) : null;
        return new ChallengeAccess(actor, bureau);
    }

    /// <summary>Owners run a challenge: its bureau's staff and the control tower.</summary>
    public bool Owns(Challenge c) => IsControlTower || (Actor.Role == StaffRole.Staff && Bureau is not null && c.Bureau == Bureau);

    public bool CanRead(Challenge c) => ReadsAll || Owns(c) || c.Status is not (ChallengeStatus.Draft or ChallengeStatus.Submitted);

    public void DemandOwner(Challenge c)
    {
        if (!Owns(c))
        {
            throw new AccessDeniedException($"{c.Bureau}의 과제는 그 실·본부·국의 담당자와 AI 컨트롤타워만 운영할 수 있습니다. (Only {c.Bureau}'s staff and the control tower run this challenge.)");
        }
    }

    public void DemandControlTower()
    {
        if (!IsControlTower)
        {
            throw new AccessDeniedException("AI 컨트롤타워(관리자)만 과제를 승인하거나 돌려보낼 수 있습니다. (Only the AI control tower approves challenges.)");
        }
    }
}
