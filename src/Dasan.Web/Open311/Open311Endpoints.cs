using System.Globalization;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Open311;

/// <summary>Open311 GeoReport v2 (JSON): services are the city's domains; requests enter the normal intake.</summary>
public static class Open311Endpoints
{
    public static void MapOpen311(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/open311/v2");
        group.MapGet("/services.json", () => Results.Json(Services(), Open311Json.Options));
        group.MapGet("/services/{code}.json", (string code) => Domains.IsKnown(code)
            ? Results.Json(new Open311ServiceDefinition(code, []), Open311Json.Options)
            : Open311Json.Error(404, $"service_code '{code}' not found"));
        group.MapPost("/requests.json", Open311Intake.SubmitAsync).DisableAntiforgery().RequireRateLimiting(WebRegistration.PublicLimit);
        group.MapGet("/requests.json", List);
        group.MapGet("/requests/{id}.json", One);
    }

    private static List<Open311Service> Services() =>
        Domains.Korean.Select(d => new Open311Service(d.Key, d.Value, $"{d.Value} 분야 민원 ({Domains.English[d.Key]})", false, "realtime",
            Domains.English[d.Key], d.Value)).ToList();

    private static async Task<IResult> List(HttpContext http, DasanDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var q = http.Request.Query;
        var requests = db.Requests.AsNoTracking().Include(r => r.Department).AsQueryable();
        if (q["service_request_id"].ToString() is { Length: > 0 } ids)
        {
            var list = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            requests = requests.Where(r => list.Contains(r.TrackingNumber));
        }
        else
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (!TryDate(q["start_date"], now.AddDays(-90), out var start) || !TryDate(q["end_date"], now.AddDays(1), out var end))
            {
                return Open311Json.Error(400, "start_date and end_date must be w3 date-times (e.g. 2026-11-01T00:00:00+09:00)");
            }

            requests = requests.Where(r => r.ReceivedAt >= start && r.ReceivedAt <= end);
            if (q["service_code"].ToString() is { Length: > 0 } code)
            {
                requests = requests.Where(r => r.ServiceCode == code || (r.ServiceCode == null && r.Domain == code));
            }

            var status = q["status"].ToString();
            if (status is not ("" or "open" or "closed"))
            {
                return Open311Json.Error(400, "status must be open or closed");
            }

            requests = status switch
            {
                "open" => requests.Where(r => r.Status != RequestStatus.Closed && r.Status != RequestStatus.Answered
                    && r.Status != RequestStatus.Rejected && r.Status != RequestStatus.Duplicate),
                "closed" => requests.Where(r => r.Status == RequestStatus.Closed || r.Status == RequestStatus.Answered
                    || r.Status == RequestStatus.Rejected || r.Status == RequestStatus.Duplicate),
                _ => requests,
            };
        }

        var found = await requests.OrderByDescending(r => r.ReceivedAt).Take(1000).ToListAsync(ct);
        return Results.Json(found.Select(Open311Mapper.ToOpen311).ToList(), Open311Json.Options);
    }

    private static async Task<IResult> One(string id, DasanDbContext db, CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Department).FirstOrDefaultAsync(x => x.TrackingNumber == id, ct);
        return r is null
            ? Open311Json.Error(404, $"service_request_id '{id}' not found")
            : Results.Json(new[] { Open311Mapper.ToOpen311(r) }, Open311Json.Options);
    }

    private static bool TryDate(string? text, DateTime fallback, out DateTime value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        value = parsed.UtcDateTime;
        return ok;
    }
}
