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

    private static async Task<Ok<List<AuditEvent>>> Audit(
        DasanDbContext db, string? action, string? actor, string? entityId, DateTime? from, DateTime? to, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await AuditQuery.Filter(db, action, actor, entityId, from, to).Take(Math.Clamp(limit ?? 100, 1, 1000)).ToListAsync(ct));

    private static async Task<Ok<AuditVerification>> Verify(DasanDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AuditChainVerifier.VerifyAsync(db, null, ct));
}
