using System.Globalization;
using System.Text.Json.Nodes;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Risk;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>Creates, edits and moves use cases through their stages; every change is validated, audited and logged as a review step.</summary>
public sealed class PortfolioService(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public FieldRules Rules { get; } = FieldRules.Shipped();
    public RiskQuestionnaire Questionnaire { get; } = RiskQuestionnaire.Shipped();

    public async Task<UseCaseValidator> ValidatorAsync(CancellationToken ct) =>
        new(Rules, Questionnaire, (await db.Departments.Select(d => d.Bureau).Distinct().ToListAsync(ct)).Concat(CatalogReader.Shipped().Bureaus.Select(b => b.Name)).ToHashSet(),
            Domains.Korean.Keys.ToHashSet());

    public async Task<UseCase?> FindAsync(PortfolioAccess access, string code, CancellationToken ct)
    {
        var u = await db.UseCases.Include(x => x.Reviews).FirstOrDefaultAsync(x => x.Code == code, ct);
        return u is not null && access.CanRead(u) ? u : null;
    }

    public async Task<UseCase> CreateAsync(PortfolioAccess access, JsonObject doc, CancellationToken ct)
    {
        if (!access.IsControlTower && access.Bureau is { } own)
        {
            doc["bureau"] ??= own;
        }

        access.DemandEdit(UseCaseValidator.Str(doc, "bureau") ?? "");
        doc["code"] ??= await NextCodeAsync(ct);
        doc["withheld"] ??= new JsonObject();
        var code = UseCaseValidator.Str(doc, "code")!;
        if (await db.UseCases.AnyAsync(u => u.Code == code, ct))
        {
            throw RequestValidationException.For("code", $"코드 {code}은(는) 이미 있습니다. (Code {code} exists.)");
        }

        (await ValidatorAsync(ct)).Validate(doc);
        var now = clock.GetUtcNow().UtcDateTime;
        var u = new UseCase
        {
            Code = code, Bureau = "", Name = "", Stage = "", Document = "", CreatedBy = access.Actor.Name, CreatedAt = now,
            OwnerDepartmentId = access.Actor.DepartmentId, Status = PlanStatus.Draft,
        };
        UseCaseDocument.Apply(u, doc, now);
        db.UseCases.Add(u);
        Step(u, access.Actor, "created", PlanStatus.Draft, null);
        audit.Record(access.Actor, "usecase.created", "usecase", code, null, new { u.Bureau, u.Stage, u.Tier, Status = u.Status.ToString() });
        await db.SaveChangesAsync(ct);
        return u;
    }

    /// <summary>Replaces the document. A stage change must be a legal move; a planner's change to an approved plan sends it back to draft.</summary>
    public async Task<UseCase> UpdateAsync(PortfolioAccess access, UseCase u, JsonObject doc, CancellationToken ct)
    {
        access.DemandEdit(u.Bureau);
        if (u.Status == PlanStatus.Submitted && !access.IsControlTower)
        {
            throw new RequestRuleException("검토 중인 계획은 수정할 수 없습니다. 컨트롤타워의 검토를 기다려 주세요. (A submitted plan cannot be edited while under review.)");
        }

        doc["code"] = u.Code;
        access.DemandEdit(UseCaseValidator.Str(doc, "bureau") ?? "");
        if (UseCaseValidator.Str(doc, "stage") is { } stage && stage != u.Stage)
        {
            StageMachine.Demand(Rules, u.Stage, stage);
        }

        (await ValidatorAsync(ct)).Validate(doc);
        var before = new { u.Bureau, u.Stage, u.Tier, Status = u.Status.ToString() };
        var to = access.IsControlTower || u.PlatformFeature is not null ? u.Status : PlanStatus.Draft;
        UseCaseDocument.Apply(u, doc, clock.GetUtcNow().UtcDateTime);
        Step(u, access.Actor, before.Stage == u.Stage ? "updated" : "stage." + u.Stage, to, null);
        u.Status = to;
        audit.Record(access.Actor, "usecase.updated", "usecase", u.Code, before, new { u.Bureau, u.Stage, u.Tier, Status = u.Status.ToString() });
        await db.SaveChangesAsync(ct);
        return u;
    }

    /// <summary>Moves to <paramref name="stage"/> on <paramref name="date"/> (retiring needs a reason).</summary>
    public Task<UseCase> MoveStageAsync(PortfolioAccess access, UseCase u, string stage, DateOnly date, string? reason, CancellationToken ct)
    {
        StageMachine.Demand(Rules, u.Stage, stage);
        var doc = UseCaseDocument.Parse(u);
        doc["stage"] = stage;
        (doc["stage_dates"] as JsonObject ?? (JsonObject)(doc["stage_dates"] = new JsonObject()))[stage] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (stage == "retired")
        {
            doc["retirement_reason"] = reason;
        }

        return UpdateAsync(access, u, doc, ct);
    }

    internal void Step(UseCase u, Actor actor, string action, PlanStatus to, string? comment) =>
        u.Reviews.Add(new UseCaseReview
        {
            At = clock.GetUtcNow().UtcDateTime, Actor = actor.Name, Action = action, FromStatus = u.Status, ToStatus = to, Comment = comment,
        });

    private Task<string> NextCodeAsync(CancellationToken ct) => CodeSequence.NextAsync(db.UseCases.Select(u => u.Code), "UC-", "000", ct);
}
