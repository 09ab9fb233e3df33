using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// The plan review: a bureau planner submits, the control tower comments, returns or approves. Every step is a
/// review entry, an audit event and a notification (to the control tower's department on submission, to the
/// planner's department on a decision).
/// </summary>
public sealed class PlanWorkflow(DasanDbContext db, PortfolioService portfolio, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Catalog code of the department that hosts the AI control tower (디지털정책과, AI 행정팀).</summary>
    public const string ControlTowerDepartment = "digital-policy";

    public async Task SubmitAsync(PortfolioAccess access, UseCase u, string? comment, CancellationToken ct)
    {
        access.DemandEdit(u.Bureau);
        Demand(u, PlanStatus.Draft, PlanStatus.Returned);
        (await portfolio.ValidatorAsync(ct)).Validate(UseCaseDocument.Parse(u));
        u.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        var tower = await db.Departments.Where(d => d.Code == ControlTowerDepartment).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        await MoveAsync(access, u, "submitted", PlanStatus.Submitted, comment, tower,
            $"[AI 사업] {u.Bureau} '{u.Name}'({u.Code}) 추진계획 검토 요청", ct);
    }

    public Task ReturnAsync(PortfolioAccess access, UseCase u, string? comment, CancellationToken ct)
    {
        access.DemandControlTower();
        Demand(u, PlanStatus.Submitted);
        if (Text.VisibleText.IsBlank(comment))
        {
            throw RequestValidationException.For("comment", "보완 요청에는 의견을 적어 주세요. (Returning a plan needs a comment.)");
        }

        return MoveAsync(access, u, "returned", PlanStatus.Returned, comment, u.OwnerDepartmentId, $"[AI 사업] '{u.Name}'({u.Code}) 보완 요청: {comment}", ct);
    }

    public Task ApproveAsync(PortfolioAccess access, UseCase u, string? comment, CancellationToken ct)
    {
        access.DemandControlTower();
        Demand(u, PlanStatus.Submitted);
        return MoveAsync(access, u, "approved", PlanStatus.Approved, comment, u.OwnerDepartmentId, $"[AI 사업] '{u.Name}'({u.Code}) 추진계획 승인", ct);
    }

    public Task CommentAsync(PortfolioAccess access, UseCase u, string? comment, CancellationToken ct)
    {
        if (!access.IsControlTower)
        {
            access.DemandEdit(u.Bureau);
        }

        if (Text.VisibleText.IsBlank(comment))
        {
            throw RequestValidationException.For("comment", "의견을 입력해 주세요. (comment is required.)");
        }

        var to = access.IsControlTower ? u.OwnerDepartmentId : null;
        return MoveAsync(access, u, "commented", u.Status, comment, to, $"[AI 사업] '{u.Name}'({u.Code}) 검토 의견: {comment}", ct);
    }

    private async Task MoveAsync(PortfolioAccess access, UseCase u, string action, PlanStatus to, string? comment, long? notify, string message, CancellationToken ct)
    {
        if (comment is { Length: > 2000 })
        {
            throw RequestValidationException.For("comment", "의견은 2000자 이내로 입력해 주세요. (comment: at most 2000 characters.)");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var from = u.Status;
        portfolio.Step(u, access.Actor, action, to, comment);
        u.Status = to;
        u.DecidedAt = to is PlanStatus.Approved or PlanStatus.Returned ? now : u.DecidedAt;
        if (notify is { } dept)
        {
            db.Notifications.Add(new Notification { DepartmentId = dept, Kind = "programme." + action, Message = message[..Math.Min(message.Length, 1000)], At = now });
        }

        audit.Record(access.Actor, "usecase." + action, "usecase", u.Code, new { Status = from.ToString() }, new { Status = to.ToString(), comment });
        await db.SaveChangesAsync(ct);
    }

    private static void Demand(UseCase u, params PlanStatus[] allowed)
    {
        if (!allowed.Contains(u.Status))
        {
            throw new RequestRuleException($"'{StageNames.Korean(u.Status)}' 상태의 계획에는 할 수 없는 일입니다. (Not allowed while the plan is {u.Status}.)");
        }
    }
}
