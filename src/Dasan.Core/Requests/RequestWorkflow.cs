using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>Staff actions on a request. Each checks department scope, the lifecycle rules, and writes its audit event.</summary>
public sealed class RequestWorkflow(DasanDbContext db, AuditTrail audit, Triage.RoutingFeedback feedback, TimeProvider clock)
{
    public Task<CitizenRequest> AcceptAsync(Actor actor, long id, CancellationToken ct) =>
        ChangeAsync(actor, id, "accepted", RequestStatus.InProgress, null, r => { }, ct);

    public Task<CitizenRequest> AnswerAsync(Actor actor, long id, string? answer, CancellationToken ct)
    {
        var text = Required("answer", answer, 10_000, "답변 내용을 입력해 주세요. (The answer is required.)");
        if (DraftPlaceholder.IsIn(text))
        {
            throw RequestValidationException.For("answer",
                "초안의 【 】 표시 부분을 실제 조치 내용으로 바꾸거나 지운 뒤 보내 주세요. (Replace or delete the 【 】 marks of the draft before sending.)");
        }

        return ChangeAsync(actor, id, "answered", RequestStatus.Answered, null, r =>
        {
            r.Answer = text;
            r.AnsweredAt = clock.GetUtcNow().UtcDateTime;
            feedback.OnAnswered(r);
        }, ct);
    }

    /// <summary>Answers the request and every other open request of its near-duplicate cluster the actor may act on.</summary>
    public async Task<int> AnswerClusterAsync(Actor actor, long id, string? answer, CancellationToken ct)
    {
        var request = await AnswerAsync(actor, id, answer, ct);
        if (request.ClusterId is not { } cluster)
        {
            return 1;
        }

        var others = await db.Requests.AsNoTracking()
            .Where(r => r.ClusterId == cluster && r.Id != id
                && (r.Status == RequestStatus.Assigned || r.Status == RequestStatus.Transferred || r.Status == RequestStatus.InProgress))
            .Select(r => r.Id).ToListAsync(ct);
        var answered = 1;
        foreach (var other in others)
        {
            try
            {
                await AnswerAsync(actor, other, answer, ct);
                answered++;
            }
            catch (Exception e) when (e is AccessDeniedException or RequestNotFoundException)
            {
                // Requests of the cluster held by other departments are answered there.
            }
        }

        return answered;
    }

    public Task<CitizenRequest> CloseAsync(Actor actor, long id, CancellationToken ct) =>
        ChangeAsync(actor, id, "closed", RequestStatus.Closed, null, r => r.ClosedAt = clock.GetUtcNow().UtcDateTime, ct);

    public Task<CitizenRequest> RejectAsync(Actor actor, long id, string? reason, CancellationToken ct)
    {
        var text = Required("reason", reason, RequestLimits.ReasonMax, "반려 사유를 입력해 주세요. (A reason is required.)");
        return ChangeAsync(actor, id, "rejected", RequestStatus.Rejected, text, r => r.StatusReason = text, ct);
    }

    public async Task<CitizenRequest> MarkDuplicateAsync(Actor actor, long id, string? originalTrackingNumber, CancellationToken ct)
    {
        var number = Required("duplicateOf", originalTrackingNumber, 20, "원 민원의 접수번호를 입력해 주세요. (The original tracking number is required.)");
        var original = await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.TrackingNumber == number, ct)
            ?? throw RequestValidationException.For("duplicateOf", $"접수번호 {number}인 민원이 없습니다. (No request {number}.)");
        if (original.Id == id)
        {
            throw RequestValidationException.For("duplicateOf", "자기 자신의 중복으로 표시할 수 없습니다. (A request cannot duplicate itself.)");
        }

        return await ChangeAsync(actor, id, "duplicate", RequestStatus.Duplicate, number, r => r.DuplicateOfId = original.Id, ct);
    }

    /// <summary>
    /// Sends the request to another department. From the triage desk (received) this is the first
    /// assignment; afterwards it is a transfer (이송) and needs a reason.
    /// </summary>
    public async Task<CitizenRequest> ReassignAsync(Actor actor, long id, long departmentId, string? reason, CancellationToken ct)
    {
        if (departmentId <= 0)
        {
            throw RequestValidationException.For("departmentId", "이송할 부서를 고르세요. (Choose the department to send it to.)");
        }

        var target = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == departmentId && d.Active, ct)
            ?? throw RequestValidationException.For("departmentId", "존재하지 않는 부서입니다. (Unknown department.)");
        var current = await LoadForActionAsync(actor, id, ct);
        var first = current.Status == RequestStatus.Received;
        var text = first ? reason?.Trim() : Required("reason", reason, RequestLimits.ReasonMax, "이송 사유를 입력해 주세요. (A reason is required to transfer.)");
        if (current.DepartmentId == departmentId)
        {
            throw RequestValidationException.For("departmentId", "이미 이 부서에 배정된 민원입니다. (Already in this department.)");
        }

        await feedback.OnReassignedAsync(actor, current, target.Code, ct);
        var status = first ? RequestStatus.Assigned : RequestStatus.Transferred;
        var note = $"{target.Name}" + (string.IsNullOrEmpty(text) ? "" : $" — {text}");
        return await ApplyAsync(actor, current, first ? "assigned" : "transferred", status, note, r =>
        {
            r.DepartmentId = departmentId;
            r.StatusReason = text;
        }, departmentId, ct);
    }

    private async Task<CitizenRequest> ChangeAsync(
        Actor actor, long id, string kind, RequestStatus to, string? note, Action<CitizenRequest> apply, CancellationToken ct)
    {
        var request = await LoadForActionAsync(actor, id, ct);
        return await ApplyAsync(actor, request, kind, to, note, apply, request.DepartmentId, ct);
    }

    private async Task<CitizenRequest> ApplyAsync(Actor actor, CitizenRequest request, string kind, RequestStatus to, string? note,
        Action<CitizenRequest> apply, long? eventDepartment, CancellationToken ct)
    {
        RequestLifecycle.EnsureCanMove(request.Status, to);
        var before = RequestSnapshot.Of(request);
        var from = request.Status;
        apply(request);
        request.Status = to;
        request.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.RequestEvents.Add(new RequestEvent
        {
            RequestId = request.Id, At = request.UpdatedAt, Kind = kind, Actor = actor.Name, FromStatus = from, ToStatus = to,
            DepartmentId = eventDepartment, Note = note,
        });
        if (request.DepartmentId != before.DepartmentId)
        {
            request.Department = await db.Departments.FindAsync([request.DepartmentId], ct);
        }

        audit.Record(actor, "request." + kind, "request", request.TrackingNumber, before, RequestSnapshot.Of(request));
        await db.SaveChangesAsync(ct);
        return request;
    }

    private async Task<CitizenRequest> LoadForActionAsync(Actor actor, long id, CancellationToken ct)
    {
        var request = await db.Requests.Include(r => r.Department).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null || !actor.CanRead(request))
        {
            throw new RequestNotFoundException(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!actor.CanAct(request))
        {
            throw new AccessDeniedException("이 민원을 처리할 권한이 없습니다. (You may not act on this request.)");
        }

        return request;
    }

    private static string Required(string field, string? value, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RequestValidationException.For(field, message);
        }

        if (value.Length > max)
        {
            throw RequestValidationException.For(field, $"{max}자 이내로 입력해 주세요. (At most {max} characters.)");
        }

        return value.Trim();
    }
}
