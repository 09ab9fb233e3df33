using Dasan.Core.Dashboards;
using Dasan.Web.Auth;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace Dasan.Web.Dashboards;

/// <summary>
/// <c>/api/v1/dashboard/*</c>: every dashboard table as JSON, and as CSV with a <c>.csv</c> suffix. Staff cookie or API key;
/// supervisors and admins see the city, staff their own department (enforced in <see cref="DashboardAccess"/>).
/// </summary>
public static class DashboardApi
{
    public static void MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var policy = new AuthorizationPolicyBuilder(DashboardRegistration.StaffOrKeyScheme).RequireAuthenticatedUser().RequireClaim(DasanClaims.Role).Build();
        var group = app.MapGroup("/api/v1/dashboard").RequireAuthorization(policy).RequireRateLimiting(WebRegistration.ApiLimit);
        foreach (var csv in new[] { false, true })
        {
            var ext = csv ? ".csv" : "";
            group.MapGet("/volume" + ext, (DashboardReader d, [AsParameters] DashboardQuery q, HttpContext h, CancellationToken ct) =>
                RunAsync(d, q, h, async f => Reply(csv, "volume-" + q.Dimension.ToString().ToLowerInvariant(), await d.BreakdownAsync(f, q.Dimension, ct), DashboardTables.Counts)));
            group.MapGet("/series" + ext, (DashboardReader d, [AsParameters] DashboardQuery q, HttpContext h, CancellationToken ct) =>
                RunAsync(d, q, h, async f => Reply(csv, "series-" + q.Dimension.ToString().ToLowerInvariant(), await d.SeriesAsync(f, q.Dimension, ct), DashboardTables.Series)));
            group.MapGet("/backlog" + ext, (DashboardReader d, [AsParameters] DashboardQuery q, HttpContext h, CancellationToken ct) =>
                RunAsync(d, q, h, async f => Reply(csv, "backlog", await d.BacklogAsync(f, ct), DashboardTables.Backlog)));
            group.MapGet("/timing" + ext, (DashboardReader d, [AsParameters] DashboardQuery q, HttpContext h, CancellationToken ct) =>
                RunAsync(d, q, h, async f => Reply(csv, "timing", await d.TimingAsync(f, ct), DashboardTables.Timing)));
            group.MapGet("/triage" + ext, (DashboardReader d, [AsParameters] DashboardQuery q, HttpContext h, CancellationToken ct) =>
                RunAsync(d, q, h, async f => Reply(csv, "triage", await d.TriageAsync(f, ct), DashboardTables.Triage)));
        }
    }

    private static Task<IResult> RunAsync(DashboardReader reader, DashboardQuery query, HttpContext http, Func<DashboardFilter, Task<IResult>> run) =>
        run(reader.Filter(http.User.ToActor(), query));

    private static IResult Reply<T>(bool csv, string name, IReadOnlyList<T> rows, Func<IReadOnlyList<T>, CsvTable> table) =>
        csv ? table(rows).ToResult(name) : TypedResults.Ok(new { rows });
}
