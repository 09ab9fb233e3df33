using System.Globalization;
using System.Text;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>
/// Decides a challenge: every proposal accepted or rejected at once, each applicant given a decision letter with its
/// score, rank and the evaluators' comments (without their names). A decision after the due date is allowed and shown
/// as late on the leadership view.
/// </summary>
public sealed class DecisionService(DasanDbContext db, AuditTrail audit, EvaluationService evaluation, TimeProvider clock)
{
    public async Task DecideAsync(ChallengeAccess access, Challenge c, IReadOnlyCollection<long> accepted, string? note, CancellationToken ct)
    {
        access.DemandOwner(c);
        if (c.Status != ChallengeStatus.Evaluating)
        {
            throw new RequestRuleException("평가 중인 과제만 결정할 수 있습니다. (Only a challenge under evaluation can be decided.)");
        }

        var ranking = await evaluation.RankingAsync(c.Id, ct);
        if (ranking.Any(r => r.Sheets == 0))
        {
            throw new RequestRuleException("제출된 평가가 없는 제안서가 있습니다. 모든 제안서를 한 명 이상이 평가한 뒤 결정하세요. (Every proposal needs a submitted evaluation.)");
        }

        if (accepted.Any(id => ranking.All(r => r.Proposal.Id != id)))
        {
            throw RequestValidationException.For("accepted", "이 과제의 제안서가 아닌 것이 골라졌습니다. (Not a proposal of this challenge.)");
        }

        var criteria = ChallengeDetails.Parse(c.DetailsJson).Criteria;
        var sheets = await db.Evaluations.AsNoTracking().Where(e => e.ChallengeId == c.Id && e.SubmittedAt != null).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var proposals = await db.Proposals.Include(p => p.Startup).Where(p => p.ChallengeId == c.Id).ToListAsync(ct);
        foreach (var p in proposals)
        {
            var r = ranking.First(x => x.Proposal.Id == p.Id);
            p.Outcome = accepted.Contains(p.Id) ? ProposalOutcome.Accepted : ProposalOutcome.Rejected;
            p.DecidedAt = now;
            p.DecisionLetter = Letter(c, p, r, ranking.Count, criteria, sheets.Where(s => s.ProposalId == p.Id).ToList(), note, now);
            audit.Record(access.Actor, "proposal.decided", "proposal", p.Number, null, new { Outcome = p.Outcome.ToString(), r.Rank, r.Mean });
        }

        c.Status = ChallengeStatus.Decided;
        c.DecidedAt = now;
        c.UpdatedAt = now;
        audit.Record(access.Actor, "challenge.decided", "challenge", c.Code, new { Status = "Evaluating" },
            new { Status = "Decided", Accepted = accepted.Count, Letters = proposals.Count, Late = DateOnly.FromDateTime(now.AddHours(9)) > c.DecisionDueOn });
        await db.SaveChangesAsync(ct);
    }

    public static string Letter(Challenge c, Proposal p, RankedProposal r, int count, IReadOnlyList<ChallengeCriterion> criteria, IReadOnlyList<Evaluation> sheets, string? note, DateTime now)
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{p.Startup?.Name} 귀하");
        b.AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"{c.Code} 「{c.Title}」 과제에 보내 주신 제안서 {p.Number} 「{p.Title}」의 평가 결과를 알려 드립니다.");
        b.AppendLine();
        b.AppendLine(p.Outcome == ProposalOutcome.Accepted ? "결과: 선정" : "결과: 선정되지 않음");
        b.AppendLine(CultureInfo.InvariantCulture, $"평가 점수: 100점 만점에 {r.Mean:0.0}점(평가위원 {r.Sheets}명 평균), 제안 {count}건 중 {r.Rank}위");
        b.AppendLine();
        b.AppendLine("평가위원 의견(이름 없이 전합니다):");
        foreach (var (s, i) in sheets.Select((s, i) => (s, i + 1)))
        {
            var comments = criteria.Zip(EvaluationService.Scores(s)).Select(x => x.Second.Comment.Trim()).Distinct().ToList();
            var text = comments.Count == 1 ? comments[0] : string.Join(" ", criteria.Zip(EvaluationService.Scores(s)).Select(x => $"[{x.First.Name}] {x.Second.Comment.Trim()}"));
            b.AppendLine(CultureInfo.InvariantCulture, $"- 평가위원 {i}({s.Total:0.0}점): {text}");
        }

        b.AppendLine();
        b.AppendLine(p.Outcome == ProposalOutcome.Accepted
            ? "다음 단계: 담당 부서가 2주 안에 실증 협약(기간, 데이터 이용 조건, 성과지표)을 협의하려고 연락드립니다. 실증에서 생긴 지식재산권은 따로 합의하지 않으면 기업에 귀속됩니다."
            : "이번 결과와 관계없이 다른 과제에 언제든 제안하실 수 있습니다. 결과에 이의가 있으면 이 통지를 받은 날부터 14일 안에 과제 담당 부서에 이의를 신청할 수 있습니다.");
        if (!string.IsNullOrWhiteSpace(note))
        {
            b.AppendLine();
            b.AppendLine(note.Trim());
        }

        b.AppendLine();
        b.Append(CultureInfo.InvariantCulture, $"{now.AddHours(9):yyyy년 M월 d일} 서울특별시 {c.Bureau}");
        return b.ToString();
    }
}
