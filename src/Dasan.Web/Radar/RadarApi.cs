using System.Globalization;
using Dasan.Core.Radar;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dasan.Web.Radar;

/// <summary><c>GET /api/v1/radar/issues?from=&amp;to=&amp;source=&amp;top=</c>: the issues of a window, as <c>dasan radar detect --json</c> prints them.</summary>
public static class RadarApi
{
    private const int MaxWindowDays = 93;

    public static void MapRadarApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/radar/issues", IssuesAsync)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireClaim(DasanClaims.Role, "Admin", "Supervisor", "Integration"))
            .RequireRateLimiting(Hosting.WebRegistration.ApiLimit);

    private static async Task<Results<Ok<object>, ValidationProblem>> IssuesAsync(string? from, string? to, string? source, int? top, RadarDetection detection, RadarOptions options, TimeProvider clock, CancellationToken ct)
    {
        var today = RadarDates.DayOf(clock.GetUtcNow().UtcDateTime, options.CityOffset);
        var errors = new Dictionary<string, string[]>();
        var end = Parse(to, today, "to", errors);
        var start = Parse(from, end.AddDays(-6), "from", errors);
        if (errors.Count == 0 && (end < start || end.DayNumber - start.DayNumber >= MaxWindowDays))
        {
            errors["to"] = [$"must be on or after from, and the window at most {MaxWindowDays} days"];
        }

        if (source?.Length > 80)
        {
            errors["source"] = ["at most 80 characters"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await detection.DetectAsync(start, end, source, ct);
        var issues = result.Issues.Take(Math.Clamp(top ?? 10, 1, 50)).Select(IssueView.From).ToList();
        return TypedResults.Ok<object>(new { from = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), issues });
    }

    private static DateOnly Parse(string? text, DateOnly fallback, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            if (Text.SupportedDates.Contains(d))
            {
                return d;
            }

            errors[field] = [Text.SupportedDates.Problem(text)];
            return fallback;
        }

        errors[field] = [$"'{text}' is not a date (yyyy-MM-dd)"];
        return fallback;
    }
}
