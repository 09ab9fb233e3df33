using Dasan.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dasan.Web.Health;

/// <summary><c>GET /health</c>: 200 when the database answers, 503 otherwise.</summary>
public static class HealthEndpoints
{
    public static void MapDasanHealth(this IEndpointRouteBuilder app) => app.MapGet("/health", Check);

    private static async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> Check(DasanDbContext db, CancellationToken ct)
    {
        bool up;
        try
        {
            up = await db.Database.CanConnectAsync(ct);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            up = false;
        }

        var view = new HealthView(up ? "healthy" : "unhealthy", up ? "up" : "down");
        return up ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: 503);
    }
}
