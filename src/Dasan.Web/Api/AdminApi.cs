using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Api;

/// <summary>Admin API: browse and verify the audit log (admin API keys only).</summary>
public static class AdminApi
{
    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin").RequireAuthorization(Policies.Api, Policies.Admin);
        group.MapGet("/audit", Audit);
        group.MapGet("/audit/verify", Verify);
    }

    private static async Task<Results<Ok<List<AuditEvent>>, ValidationProblem>> Audit(
        DasanDbContext db, string? action, string? actor, string? entityId, DateTime? from, DateTime? to, int? limit, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
        {
            if (value is { } v && !Text.SupportedDates.Contains(v))
            {
                errors[name] = [Text.SupportedDates.Problem(v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];
            }
        }

        return errors.Count > 0 ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await AuditQuery.Filter(db, action, actor, entityId, from, to).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(ct));
    }

    private static async Task<Ok<AuditVerification>> Verify(DasanDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AuditChainVerifier.VerifyAsync(db, null, ct));
}
