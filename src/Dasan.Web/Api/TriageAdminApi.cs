using Dasan.Ai.Triage;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Core.Triage;
using Dasan.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Api;

/// <summary>Admin API of triage: the department catalog (edit and reload without restart) and phrase → department rules.</summary>
public static class TriageAdminApi
{
    public static void MapTriageAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v1/admin").RequireAuthorization(Policies.Api, Policies.Admin);
        admin.MapGet("/catalog", async (CatalogStore store, CancellationToken ct) => Results.Text(await store.ActiveJsonAsync(ct), "application/json"));
        admin.MapPut("/catalog", SaveCatalogAsync);
        admin.MapGet("/triage-rules", async (DasanDbContext db, CancellationToken ct) => TypedResults.Ok(await db.TriageRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct)));
        admin.MapPost("/triage-rules", AddRuleAsync);
        admin.MapDelete("/triage-rules/{id:long}", DisableRuleAsync);
    }

    public static async Task<IResult> SaveCatalogAsync(HttpContext http, CatalogStore store, TriageEngine engine, CancellationToken ct)
    {
        using var reader = new StreamReader(http.Request.Body);
        var json = await reader.ReadToEndAsync(ct);
        var doc = await store.SaveAsync(http.User.ToActor(), json, ct);
        engine.Reload(doc);
        return TypedResults.Ok(new { units = doc.Units.Count, router = engine.Version, calibration = engine.Calibration });
    }

    private static async Task<IResult> AddRuleAsync(RuleBody body, DasanDbContext db, AuditTrail audit, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Phrase) || body.Phrase.Trim().Length < 2 || body.Phrase.Length > 200)
        {
            throw RequestValidationException.For("phrase", "2~200자의 문구를 입력해 주세요. (phrase: 2 to 200 characters.)");
        }

        if (!await db.Departments.AnyAsync(d => d.Code == body.DepartmentCode && d.Active, ct))
        {
            throw RequestValidationException.For("departmentCode", "존재하지 않는 부서 코드입니다. (Unknown department code.)");
        }

        var actor = http.User.ToActor();
        var rule = new TriageRule { Phrase = body.Phrase.Trim(), DepartmentCode = body.DepartmentCode!, CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.TriageRules.Add(rule);
        audit.Record(actor, "triage.rule_added", "triage_rule", rule.Phrase, null, new { rule.Phrase, rule.DepartmentCode });
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/admin/triage-rules/{rule.Id}", rule);
    }

    private static async Task<IResult> DisableRuleAsync(long id, DasanDbContext db, AuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var rule = await db.TriageRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return TypedResults.NotFound();
        }

        rule.Active = false;
        audit.Record(http.User.ToActor(), "triage.rule_disabled", "triage_rule", rule.Phrase, new { active = true }, new { active = false });
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

/// <summary>Body of POST /api/v1/admin/triage-rules.</summary>
public sealed record RuleBody(string? Phrase, string? DepartmentCode);
