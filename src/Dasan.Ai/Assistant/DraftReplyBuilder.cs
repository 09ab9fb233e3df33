using System.Globalization;
using System.Text;
using Dasan.Ai.Triage.Duplicates;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Assistant;

/// <summary>
/// Drafts a reply for the officer to edit: it restates the request, gives the knowledge base's cited answer when there
/// is one, says what the department does next for this kind of request and by when, and leaves marked gaps
/// (<see cref="DraftPlaceholder"/>) for what only the officer knows; the answer given to the most similar request
/// the department already answered is added as a marked note. Built from masked text only.
/// </summary>
public sealed class DraftReplyBuilder(DasanDbContext db, KnowledgeBase knowledge)
{
    private const double MinSimilarity = 0.25;
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");

    public async Task<string> BuildAsync(CitizenRequest request, CancellationToken ct)
    {
        var department = request.Department?.Name ?? "담당 부서";
        var sb = new StringBuilder();
        sb.AppendLine($"안녕하십니까. {department}입니다. 귀하의 민원(접수번호 {request.TrackingNumber})에 대하여 답변드립니다.");
        sb.AppendLine();
        sb.AppendLine(Restatement(request));
        if (request.Urgency == "critical")
        {
            sb.AppendLine("이 민원은 생명·안전과 관련된 긴급 민원으로 분류되어 가장 먼저 처리하고 있습니다.");
        }

        sb.AppendLine();
        var answer = await knowledge.AskAsync(db, request.Title + "\n" + request.MaskedBody, null, ct);
        if (!answer.Refused)
        {
            sb.AppendLine("관련 안내를 먼저 드립니다.");
            sb.AppendLine(answer.Text);
            foreach (var c in answer.Citations)
            {
                sb.AppendLine($"[{c.Number}] {c.Title} › {c.Section}");
            }

            sb.AppendLine();
        }

        sb.AppendLine(NextStep(request, department, answered: !answer.Refused));
        sb.AppendLine($"{DraftPlaceholder.Fill}: {FillHint(request.Type)}】");
        sb.AppendLine();
        if (await SimilarAnswerAsync(request, ct) is { } similar)
        {
            sb.AppendLine($"{DraftPlaceholder.Note} — 보내기 전에 지워 주세요: 비슷한 민원 {similar.TrackingNumber}에 보낸 이전 답변】");
            sb.AppendLine(similar.Answer);
            sb.AppendLine();
        }

        sb.Append($"추가로 궁금하신 사항은 {department}로 연락 주시면 자세히 안내해 드리겠습니다. 감사합니다.");
        return sb.ToString();
    }

    private static string Restatement(CitizenRequest r)
    {
        var place = r.Address is { Length: > 0 } a ? $"{a}의 " : r.District is { Length: > 0 } d ? $"{d}의 " : "";
        var kind = r.Type switch
        {
            RequestType.Inquiry => "문의를",
            RequestType.Suggestion => "제안을",
            RequestType.Grievance => "불편 사항을",
            _ => "민원을",
        };
        var received = r.ReceivedAt.AddHours(9).ToString("yyyy년 M월 d일", Korean);
        return $"귀하께서 {received}에 {place}‘{r.Title}’에 관한 {kind} 보내 주셨습니다. 소중한 의견을 주셔서 감사합니다.";
    }

    private static string NextStep(CitizenRequest r, string department, bool answered)
    {
        var due = r.DueAt.AddHours(9).ToString("yyyy년 M월 d일", Korean);
        return r.Type switch
        {
            RequestType.Inquiry when answered => $"위 안내로 해결되지 않는 부분은 {department}에서 관련 규정을 다시 확인하여 {due}까지 알려 드리겠습니다.",
            RequestType.Inquiry => $"문의하신 내용은 {department}에서 관련 규정과 사례를 확인하여 {due}까지 답변드리겠습니다.",
            RequestType.Suggestion => $"보내 주신 제안은 {department}에서 관련 사업과 제도를 검토할 때 참고하고, 검토 결과를 {due}까지 알려 드리겠습니다.",
            _ => $"말씀하신 내용은 {department} 담당 직원이 {(r.Address is null ? "현황" : "현장")}을 확인한 뒤 필요한 조치를 하고, 그 결과를 {due}까지 알려 드리겠습니다.",
        };
    }

    private static string FillHint(RequestType type) => type switch
    {
        RequestType.Inquiry => "확인한 규정·기준과 구체적인 답변",
        RequestType.Suggestion => "검토 의견과 반영 여부·시기",
        _ => "현장 확인 결과와 조치 내용·일정",
    };

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
