using System.Text;
using Dasan.Ai.Triage.Duplicates;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Assistant;

/// <summary>
/// Drafts a reply for the officer to edit: the knowledge base's cited answer to the request, and the answer given
/// to the most similar request the department already answered. Built from masked text only.
/// </summary>
public sealed class DraftReplyBuilder(DasanDbContext db, KnowledgeBase knowledge)
{
    private const double MinSimilarity = 0.25;

    public async Task<string> BuildAsync(CitizenRequest request, CancellationToken ct)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"안녕하십니까. {request.Department?.Name ?? "담당 부서"}입니다. 귀하의 민원(접수번호 {request.TrackingNumber})에 대하여 답변드립니다.");
        sb.AppendLine();
        var answer = await knowledge.AskAsync(db, request.Title + "\n" + request.MaskedBody, null, ct);
        if (!answer.Refused)
        {
            sb.AppendLine(answer.Text);
            foreach (var c in answer.Citations)
            {
                sb.AppendLine($"[{c.Number}] {c.Title} › {c.Section}");
            }

            sb.AppendLine();
        }

        if (await SimilarAnswerAsync(request, ct) is { } similar)
        {
            sb.AppendLine($"(참고: 비슷한 민원 {similar.TrackingNumber}에 대한 이전 답변) {similar.Answer}");
            sb.AppendLine();
        }

        sb.Append("추가로 궁금하신 사항은 담당 부서로 연락 주시면 자세히 안내해 드리겠습니다. 감사합니다.");
        return sb.ToString();
    }

    private async Task<CitizenRequest?> SimilarAnswerAsync(CitizenRequest request, CancellationToken ct)
    {
        if (request.Fingerprint is not { } bytes || request.DepartmentId is null)
        {
            return null;
        }

        var mine = DuplicateFingerprint.FromBytes(bytes);
        var answered = await db.Requests.AsNoTracking()
            .Where(r => r.DepartmentId == request.DepartmentId && r.Id != request.Id && r.Answer != null && r.Fingerprint != null)
            .OrderByDescending(r => r.AnsweredAt).Take(500)
            .Select(r => new { r.TrackingNumber, r.Answer, r.Fingerprint }).ToListAsync(ct);
        var best = answered.Select(r => (r, Similarity: MinHasher.Jaccard(mine, DuplicateFingerprint.FromBytes(r.Fingerprint!))))
            .Where(x => x.Similarity >= MinSimilarity).OrderByDescending(x => x.Similarity).FirstOrDefault();
        return best.r is null ? null : new CitizenRequest
        {
            TrackingNumber = best.r.TrackingNumber, Title = "", Body = "", MaskedBody = "", Answer = best.r.Answer,
        };
    }
}
