using System.Globalization;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>Drafts, approves, publishes and closes challenges; every change is validated and audited.</summary>
public sealed class ChallengeService(DasanDbContext db, AuditTrail audit, ChallengeOptions options, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(9));

    public static IReadOnlySet<string> TopicAreas { get; } = Departments.Domains.Korean.Keys.ToHashSet();

    public async Task<Challenge> CreateAsync(ChallengeAccess access, ChallengeDraft draft, CancellationToken ct)
    {
        var bureau = access.IsControlTower ? draft.Bureau ?? access.Bureau : access.Bureau;
        if (string.IsNullOrWhiteSpace(bureau) || !await db.Departments.AnyAsync(d => d.Bureau == bureau, ct))
        {
            throw RequestValidationException.For("bureau", "과제를 낼 실·본부·국을 고르세요. (Choose the bureau.)");
        }

        ChallengeValidator.Validate(draft, TopicAreas);
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new Challenge
        {
            Code = await NextCodeAsync(draft.OpensOn.Year, ct), Bureau = bureau, DepartmentId = access.IsControlTower ? draft.DepartmentId : access.Actor.DepartmentId,
            Title = "", Problem = "", TopicArea = "", Technique = "", SeoulField = "", BudgetBand = "", Eligibility = "", DetailsJson = "",
            Status = ChallengeStatus.Draft, CreatedBy = access.Actor.Name, CreatedAt = now,
        };
        Apply(c, draft, now);
        db.Challenges.Add(c);
        audit.Record(access.Actor, "challenge.created", "challenge", c.Code, null, new { c.Bureau, c.Title, c.SourceKind, c.SourceRef });
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<Challenge> UpdateAsync(ChallengeAccess access, Challenge c, ChallengeDraft draft, CancellationToken ct)
    {
        access.DemandOwner(c);
        if (c.Status is not ChallengeStatus.Draft && !(access.IsControlTower && c.Status == ChallengeStatus.Submitted))
        {
            throw new RequestRuleException("승인 요청 뒤에는 과제를 고칠 수 없습니다. (A challenge can only be edited as a draft.)");
        }

        ChallengeValidator.Validate(draft, TopicAreas);
        var before = new { c.Title, c.ClosesOn, c.BudgetBand };
        Apply(c, draft, clock.GetUtcNow().UtcDateTime);
        audit.Record(access.Actor, "challenge.updated", "challenge", c.Code, before, new { c.Title, c.ClosesOn, c.BudgetBand });
        await db.SaveChangesAsync(ct);
        return c;
    }

    public Task SubmitAsync(ChallengeAccess access, Challenge c, CancellationToken ct)
    {
        access.DemandOwner(c);
        Demand(c, ChallengeStatus.Draft, "초안만 승인 요청할 수 있습니다. (Only a draft can be submitted.)");
        return MoveAsync(access, c, ChallengeStatus.Submitted, "challenge.submitted", null, ct);
    }

    /// <summary>The control tower publishes a submitted challenge (opening on its date) or returns it with a reason.</summary>
    public Task DecideAsync(ChallengeAccess access, Challenge c, bool approve, string? comment, CancellationToken ct)
    {
        access.DemandControlTower();
        Demand(c, ChallengeStatus.Submitted, "승인 요청된 과제만 승인하거나 돌려보낼 수 있습니다. (Only a submitted challenge can be decided.)");
        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            throw RequestValidationException.For("comment", "돌려보내는 이유를 적어 주세요. (Say why it is returned.)");
        }

        if (approve && c.ClosesOn < Today)
        {
            throw new RequestRuleException("마감일이 지난 과제는 공개할 수 없습니다. 날짜를 고쳐 다시 요청하세요. (The closing date has passed.)");
        }

        if (approve)
        {
            c.PublishedAt = clock.GetUtcNow().UtcDateTime;
        }

        return MoveAsync(access, c, approve ? ChallengeStatus.Published : ChallengeStatus.Draft, approve ? "challenge.published" : "challenge.returned", comment, ct);
    }

    /// <summary>Moves published challenges whose closing date has passed to evaluation (a scheduled job; safe to repeat).</summary>
    public async Task<int> CloseDueAsync(CancellationToken ct)
    {
        var today = Today;
        var due = await db.Challenges.Where(c => c.Status == ChallengeStatus.Published && c.ClosesOn < today).ToListAsync(ct);
        foreach (var c in due)
        {
            c.Status = ChallengeStatus.Evaluating;
            c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(Access.Actor.System, "challenge.closed", "challenge", c.Code, new { Status = "Published" }, new { Status = "Evaluating" });
        }

        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    private async Task MoveAsync(ChallengeAccess access, Challenge c, ChallengeStatus to, string action, string? comment, CancellationToken ct)
    {
        var from = c.Status;
        c.Status = to;
        c.ReviewComment = comment?.Trim();
        c.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(access.Actor, action, "challenge", c.Code, new { Status = from.ToString() }, new { Status = to.ToString(), Comment = comment });
        await db.SaveChangesAsync(ct);
    }

    private static void Demand(Challenge c, ChallengeStatus status, string message)
    {
        if (c.Status != status)
        {
            throw new RequestRuleException(message);
        }
    }

    private void Apply(Challenge c, ChallengeDraft d, DateTime now)
    {
        c.Title = d.Title!.Trim();
        c.Problem = d.Problem!.Trim();
        c.TopicArea = d.TopicArea!;
        c.Technique = d.Technique!;
        c.SeoulField = d.SeoulField!;
        c.SourceKind = d.SourceKind!;
        c.SourceRef = string.IsNullOrWhiteSpace(d.SourceRef) ? null : d.SourceRef.Trim();
        c.SourceNote = string.IsNullOrWhiteSpace(d.SourceNote) ? null : d.SourceNote.Trim();
        c.BudgetBand = d.BudgetBand!;
        c.MinTrl = d.MinTrl;
        c.Eligibility = d.Eligibility!.Trim();
        c.DetailsJson = d.Details.ToJson();
        c.OpensOn = d.OpensOn;
        c.ClosesOn = d.ClosesOn;
        c.DecisionDueOn = d.ClosesOn.AddDays(7 * options.DecisionWeeks);
        c.PilotMonths = d.PilotMonths;
        c.UpdatedAt = now;
    }

    private Task<string> NextCodeAsync(int year, CancellationToken ct) =>
        CodeSequence.NextAsync(db.Challenges.Select(c => c.Code), string.Create(CultureInfo.InvariantCulture, $"CH-{year}-"), "00", ct);
}
