using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Api;

/// <summary>The JSON REST API for staff systems and integrations: <c>/api/v1/requests</c>, authenticated by API key.</summary>
public static class RequestsApi
{
    /// <summary>The status of a request acknowledged before triage (ADR 0328), and its Korean name.</summary>
    private const string Queued = "queued", QueuedName = "배정 대기";

    public static void MapRequestsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").RequireAuthorization(Policies.Api).RequireRateLimiting(WebRegistration.ApiLimit);
        group.MapPost("/requests", Submit);
        group.MapGet("/requests", Queue);
        group.MapGet("/requests/{trackingNumber}", Detail);
        group.MapPost("/requests/{trackingNumber}/accept", (string trackingNumber, RequestActions a, HttpContext h, CancellationToken ct) =>
            a.RunAsync(h, trackingNumber, "accept", (w, actor, id) => w.AcceptAsync(actor, id, ct), ct));
        group.MapPost("/requests/{trackingNumber}/answer", (string trackingNumber, AnswerBody body, RequestActions a, HttpContext h, CancellationToken ct) =>
            a.RunAsync(h, trackingNumber, "answer", (w, actor, id) => w.AnswerAsync(actor, id, body.Answer, ct), ct));
        group.MapPost("/requests/{trackingNumber}/close", (string trackingNumber, RequestActions a, HttpContext h, CancellationToken ct) =>
            a.RunAsync(h, trackingNumber, "close", (w, actor, id) => w.CloseAsync(actor, id, ct), ct));
        group.MapPost("/requests/{trackingNumber}/reject", (string trackingNumber, RejectBody body, RequestActions a, HttpContext h, CancellationToken ct) =>
            a.RunAsync(h, trackingNumber, "reject", (w, actor, id) => w.RejectAsync(actor, id, body.Reason, ct), ct));
        group.MapPost("/requests/{trackingNumber}/duplicate", (string trackingNumber, DuplicateBody body, RequestActions a, HttpContext h, CancellationToken ct) =>
            a.RunAsync(h, trackingNumber, "duplicate", (w, actor, id) => w.MarkDuplicateAsync(actor, id, body.DuplicateOf, ct), ct));
        group.MapPost("/requests/{trackingNumber}/reassign", Reassign);
        group.MapGet("/requests/{trackingNumber}/original", Original);
        group.MapGet("/departments", Departments);
    }

    private static async Task<Results<Created<SubmittedView>, Accepted<AcceptedView>>> Submit(
        RequestSubmission body, HttpContext http, RequestIntake intake, AcceptedIntake accepted, DasanMetrics metrics, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var key = IdempotencyKey.Read(http);
        if (PrefersAsync(http) && await accepted.TryAcceptAsync(body, RequestChannel.Api, actor, key is not null) is { } ack)
        {
            metrics.Submitted.Add(1, new KeyValuePair<string, object?>("channel", "api"));
            http.Response.Headers["Preference-Applied"] = "respond-async";
            var location = $"/api/v1/requests/{ack.TrackingNumber}";
            return TypedResults.Accepted(location, new AcceptedView(ack.TrackingNumber, SubmittedViews.BaseUrl(http) + SubmittedViews.StatusPath(ack.TrackingNumber, ack.StatusSecret),
                ack.ReceivedAt, ack.DueAt, Queued, QueuedName, ack.Urgency));
        }

        var result = await intake.SubmitAsync(body, RequestChannel.Api, actor, "api:" + actor.Name, key, ct);
        if (!result.Replayed)
        {
            metrics.Submitted.Add(1, new KeyValuePair<string, object?>("channel", "api"));
        }

        var view = SubmittedViews.Of(http, result);
        return TypedResults.Created($"/api/v1/requests/{view.TrackingNumber}", view);
    }

    /// <summary>Whether the client asked to be answered before the request is triaged (RFC 7240 <c>Prefer: respond-async</c>).</summary>
    private static bool PrefersAsync(HttpContext http) =>
        http.Request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries))
            .Any(p => p.Equals("respond-async", StringComparison.OrdinalIgnoreCase));

    private static async Task<Ok<QueueView>> Queue(
        [AsParameters] QueueQuery query, HttpContext http, RequestQueries queries, TimeProvider clock, CancellationToken ct)
    {
        var page = await queries.QueueAsync(http.User.ToActor(), query.ToFilter(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new QueueView(page.Items.Select(r => RequestView.Of(r, now)).ToList(), page.Total, page.Page, page.PageSize));
    }

    private static async Task<Results<Ok<RequestView>, Accepted<QueuedView>>> Detail(
        string trackingNumber, HttpContext http, RequestQueries queries, TimeProvider clock, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        async Task<Ok<RequestView>> StoredAsync() =>
            TypedResults.Ok(RequestView.Of(await queries.DetailByTrackingAsync(actor, trackingNumber, ct), clock.GetUtcNow().UtcDateTime, withEvents: true));
        try
        {
            return await StoredAsync();
        }
        catch (RequestNotFoundException)
        {
            // Acknowledged and not yet triaged: no department yet, so only its state, and only to the key that sent it or to a
            // city-wide one (a department's key learns nothing of requests that may never reach it).
            var queued = await queries.QueuedAsync(trackingNumber, ct);
            if (queued is not null && !actor.IsCityWide && (queued.SenderKeyId is null || queued.SenderKeyId != actor.ApiKeyId))
            {
                throw;
            }

            // No entry: stored between the two reads (the worker inserts the request and deletes the entry in one commit), or unknown.
            return queued is null ? await StoredAsync()
                : TypedResults.Accepted($"/api/v1/requests/{trackingNumber}", new QueuedView(queued.TrackingNumber, Queued, QueuedName, queued.ReceivedAt));
        }
    }

    private static async Task<Ok<RequestView>> Reassign(
        string trackingNumber, ReassignBody body, RequestActions actions, DasanDbContext db, HttpContext http, CancellationToken ct)
    {
        var departmentId = body.DepartmentId ?? await db.Departments.Where(d => d.Code == body.DepartmentCode).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw RequestValidationException.For("departmentCode", "부서를 지정해 주세요. (departmentId or a known departmentCode is required.)");
        return await actions.RunAsync(http, trackingNumber, "reassign", (w, actor, id) => w.ReassignAsync(actor, id, departmentId, body.Reason, ct), ct);
    }

    private static async Task<Ok<ProtectedOriginal>> Original(string trackingNumber, HttpContext http, DasanDbContext db, OriginalViewer viewer, CancellationToken ct)
    {
        var id = await db.Requests.Where(r => r.TrackingNumber == trackingNumber).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct)
            ?? throw new RequestNotFoundException(trackingNumber);
        return TypedResults.Ok(await viewer.ViewAsync(http.User.ToActor(), id, ct));
    }

    private static async Task<Ok<List<DepartmentView>>> Departments(DasanDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Departments.AsNoTracking().Where(d => d.Active).OrderBy(d => d.Bureau).ThenBy(d => d.Name)
            .Select(d => new DepartmentView(d.Id, d.Code, d.Name, d.NameEn, d.Bureau, d.Domain, d.IsTriageDesk)).ToListAsync(ct));
}
