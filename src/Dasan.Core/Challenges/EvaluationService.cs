using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>
/// Evaluation of a challenge's proposals: owners assign evaluators; an evaluator declares conflicts of interest before
/// seeing any proposal, scores each criterion 0–10 with a comment, and sees the other evaluators' sheets only after
/// submitting their own. Ranking is by the mean weighted total of submitted sheets.
/// </summary>
public sealed class EvaluationService(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task AssignAsync(ChallengeAccess access, Challenge c, string login, CancellationToken ct)
    {
        access.DemandOwner(c);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Login == login && u.Active, ct)
            ?? throw RequestValidationException.For("login", $"'{login}' 직원 계정이 없습니다. (No such staff account.)");
        if (user.Role is StaffRole.Integration)
        {
            throw RequestValidationException.For("login", "연계용 계정은 평가위원이 될 수 없습니다. (Integrations cannot evaluate.)");
        }

        if (await db.EvaluatorAssignments.AnyAsync(a => a.ChallengeId == c.Id && a.StaffUserId == user.Id, ct))
        {
            return;
        }

        db.EvaluatorAssignments.Add(new EvaluatorAssignment { ChallengeId = c.Id, StaffUserId = user.Id, AssignedBy = access.Actor.Name, AssignedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record(access.Actor, "challenge.evaluator_assigned", "challenge", c.Code, null, new { Evaluator = user.Login });
        await db.SaveChangesAsync(ct);
    }

    public Task<EvaluatorAssignment?> AssignmentAsync(Actor actor, long challengeId, CancellationToken ct) =>
        actor.UserId is { } id ? db.EvaluatorAssignments.FirstOrDefaultAsync(a => a.ChallengeId == challengeId && a.StaffUserId == id, ct) : Task.FromResult<EvaluatorAssignment?>(null);

    /// <summary>The declaration: the start-ups the evaluator has a conflict with (may be none). Made once; the conflicted proposals are then not theirs to score.</summary>
    public async Task DeclareAsync(Actor actor, Challenge c, IReadOnlyCollection<long> conflictStartupIds, string? note, CancellationToken ct)
    {
        var a = await AssignmentAsync(actor, c.Id, ct) ?? throw new AccessDeniedException("이 과제의 평가위원이 아닙니다. (You are not an evaluator of this challenge.)");
        if (a.DeclaredAt is not null)
        {
            throw new RequestRuleException("이해충돌 신고는 이미 했습니다. 바꾸려면 과제 담당자에게 알리세요. (Already declared.)");
        }

        if (conflictStartupIds.Count > 0 && string.IsNullOrWhiteSpace(note))
        {
            throw RequestValidationException.For("conflictNote", "이해관계의 내용을 적어 주세요. (Describe the conflict.)");
        }

        a.DeclaredAt = clock.GetUtcNow().UtcDateTime;
        a.ConflictStartupIds = string.Join(',', conflictStartupIds.Order());
        a.ConflictNote = note?.Trim();
        audit.Record(actor, "evaluation.declared", "challenge", c.Code, null, new { Conflicts = conflictStartupIds.Count });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves (or with <paramref name="submit"/> finalises) the evaluator's sheet for a proposal.</summary>
    public async Task<Evaluation> ScoreAsync(Actor actor, Challenge c, Proposal p, IReadOnlyList<CriterionScore> scores, bool submit, CancellationToken ct)
    {
        var a = await AssignmentAsync(actor, c.Id, ct) ?? throw new AccessDeniedException("이 과제의 평가위원이 아닙니다. (You are not an evaluator of this challenge.)");
        if (a.DeclaredAt is null || a.Conflicts().Contains(p.StartupId) || p.ChallengeId != c.Id)
        {
            throw new AccessDeniedException("이해충돌 신고 전이거나 이해관계가 있는 제안서는 평가할 수 없습니다. (Declare first; conflicted proposals are not yours.)");
        }

        if (c.Status != ChallengeStatus.Evaluating)
        {
            throw new RequestRuleException("마감 뒤 평가 기간에만 점수를 매길 수 있습니다. (Scores are given while the challenge is being evaluated.)");
        }

        var criteria = ChallengeDetails.Parse(c.DetailsJson).Criteria;
        Check(criteria, scores);
        var sheet = await db.Evaluations.FirstOrDefaultAsync(e => e.ProposalId == p.Id && e.StaffUserId == a.StaffUserId, ct);
        if (sheet?.SubmittedAt is not null)
        {
            throw new RequestRuleException("제출한 평가는 고칠 수 없습니다. (A submitted sheet is final.)");
        }

        if (sheet is null)
        {
            sheet = new Evaluation { ProposalId = p.Id, ChallengeId = c.Id, StaffUserId = a.StaffUserId, ScoresJson = "" };
            db.Evaluations.Add(sheet);
        }

        sheet.ScoresJson = JsonSerializer.Serialize(scores);
        sheet.Total = Total(criteria, scores);
        sheet.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        sheet.SubmittedAt = submit ? sheet.UpdatedAt : null;
        audit.Record(actor, submit ? "evaluation.submitted" : "evaluation.saved", "proposal", p.Number, null, new { sheet.Total });
        await db.SaveChangesAsync(ct);
        return sheet;
    }

    public static double Total(IReadOnlyList<ChallengeCriterion> criteria, IReadOnlyList<CriterionScore> scores) =>
        Math.Round(criteria.Zip(scores).Sum(x => x.First.Weight * x.Second.Score / 10.0), 1);

    public static IReadOnlyList<CriterionScore> Scores(Evaluation e) => JsonSerializer.Deserialize<List<CriterionScore>>(e.ScoresJson) ?? [];

    /// <summary>The challenge's proposals ranked by mean submitted total (unscored last, by number).</summary>
    public async Task<IReadOnlyList<RankedProposal>> RankingAsync(long challengeId, CancellationToken ct)
    {
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Startup).Where(p => p.ChallengeId == challengeId).ToListAsync(ct);
        var sheets = await db.Evaluations.AsNoTracking().Where(e => e.ChallengeId == challengeId && e.SubmittedAt != null).ToListAsync(ct);
        var scored = proposals
            .Select(p => (p, s: sheets.Where(e => e.ProposalId == p.Id).Select(e => e.Total).ToList()))
            .OrderByDescending(x => x.s.Count > 0 ? x.s.Average() : -1).ThenBy(x => x.p.Number, StringComparer.Ordinal).ToList();
        return scored.Select((x, i) => new RankedProposal(x.p, i + 1, x.s.Count > 0 ? Math.Round(x.s.Average(), 1) : null, x.s.Count)).ToList();
    }

    private static void Check(IReadOnlyList<ChallengeCriterion> criteria, IReadOnlyList<CriterionScore> scores)
    {
        var e = new Dictionary<string, string[]>();
        if (scores.Count != criteria.Count)
        {
            e["scores"] = [$"평가 기준 {criteria.Count}개 모두에 점수를 주세요. (Score every criterion.)"];
        }

        for (var i = 0; i < Math.Min(scores.Count, criteria.Count); i++)
        {
            if (scores[i].Score is < 0 or > 10)
            {
                e[$"scores[{i}]"] = [$"{criteria[i].Name}: 점수는 0~10점입니다. (Score 0–10.)"];
            }
            else if (string.IsNullOrWhiteSpace(scores[i].Comment) || scores[i].Comment.Trim().Length < 5 || scores[i].Comment.Length > 1000)
            {
                e[$"scores[{i}]"] = [$"{criteria[i].Name}: 점수의 근거를 5자 이상 적어 주세요. (A comment is required.)"];
            }
        }

        if (e.Count > 0)
        {
            throw new RequestValidationException(e);
        }
    }
}
