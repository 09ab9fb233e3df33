using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// Who sees and changes what in the portfolio (ADR 0201): staff plan for their department's bureau and see its drafts;
/// the control tower (Admin) reviews every bureau; supervisors (the mayor's office) read everything; everyone else sees
/// approved use cases only.
/// </summary>
public sealed record PortfolioAccess(Actor Actor, string? Bureau)
{
    public bool IsControlTower => Actor.Role == StaffRole.Admin;
    public bool ReadsAll => Actor.Role is StaffRole.Admin or StaffRole.Supervisor;

    public static async Task<PortfolioAccess> ForAsync(DasanDbContext db, Actor actor, CancellationToken ct)
    {
        var bureau = actor.DepartmentId is { } d ? await db.Departments.Where(x => x.Id == d).Select(x => x.Bureau).FirstOrDefaultAsync(ct) : null;
        return new PortfolioAccess(actor, bureau);
    }

    public IQueryable<UseCase> Visible(IQueryable<UseCase> all) =>
        ReadsAll ? all : all.Where(u => u.Status == PlanStatus.Approved || (Bureau != null && u.Bureau == Bureau));

    public bool CanRead(UseCase u) => ReadsAll || u.Status == PlanStatus.Approved || u.Bureau == Bureau;

    /// <summary>Planners edit their own bureau's use cases; the control tower edits any.</summary>
    public bool CanEdit(string bureau) => IsControlTower || (Actor.Role == StaffRole.Staff && Bureau is not null && bureau == Bureau);

    public void DemandEdit(string bureau)
    {
        if (!CanEdit(bureau))
        {
            throw new AccessDeniedException($"{bureau}의 AI 사업은 그 실·본부·국의 담당자와 AI 컨트롤타워만 수정할 수 있습니다. (Only {bureau}'s planners and the control tower may change its use cases.)");
        }
    }

    public void DemandControlTower()
    {
        if (!IsControlTower)
        {
            throw new AccessDeniedException("AI 컨트롤타워(관리자)만 검토 결과를 정할 수 있습니다. (Only the AI control tower may return or approve a plan.)");
        }
    }
}
