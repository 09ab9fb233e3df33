using System.Globalization;
using System.Text.Json.Nodes;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Programme.Register;
using Dasan.Core.Programme.Risk;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Programme;

/// <summary><c>/api/v1/programme</c>: the AI use-case portfolio, its plan workflow, import/export and report; <c>/api/v1/register</c> is public.</summary>
public static class ProgrammeApi
{
    public static void MapProgrammeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/register", (PublicRegister r, CancellationToken ct) => r.ListAsync(ct)).RequireRateLimiting(WebRegistration.PublicLimit);
        var g = app.MapGroup("/api/v1/programme").RequireAuthorization(Policies.Api).RequireRateLimiting(WebRegistration.ApiLimit);
        g.MapGet("/use-cases", List);
        g.MapGet("/use-cases/{code}", Detail);
        g.MapPost("/use-cases", Create);
        g.MapPut("/use-cases/{code}", (string code, JsonObject body, ProgrammeContext c, CancellationToken ct) =>
            c.RunAsync(code, (a, u) => c.Portfolio.UpdateAsync(a, u, body, ct), ct));
        g.MapPost("/use-cases/{code}/stage", (string code, StageBody body, ProgrammeContext c, CancellationToken ct) =>
            c.RunAsync(code, (a, u) => c.Portfolio.MoveStageAsync(a, u, body.Stage ?? "", ParseDate(body.Date), body.Reason, ct), ct));
        g.MapPost("/use-cases/{code}/submit", (string code, CommentBody? body, ProgrammeContext c, CancellationToken ct) =>
            c.RunAsync(code, (a, u) => c.Workflow.SubmitAsync(a, u, body?.Comment, ct), ct));
        g.MapPost("/use-cases/{code}/return", (string code, CommentBody? body, ProgrammeContext c, CancellationToken ct) =>
            c.RunAsync(code, (a, u) => c.Workflow.ReturnAsync(a, u, body?.Comment, ct), ct));
        g.MapPost("/use-cases/{code}/approve", (string code, CommentBody? body, ProgrammeContext c, CancellationToken ct) =>
            c.RunAsync(code, (a, u) => c.Workflow.ApproveAsync(a, u, body?.Comment, ct), ct));
        g.MapPost("/use-cases/{code}/comment", (string code, CommentBody? body, ProgrammeContext c, CancellationToken ct) =>
            c.RunAsync(code, (a, u) => c.Workflow.CommentAsync(a, u, body?.Comment, ct), ct));
        g.MapGet("/export", Export);
        g.MapPost("/import", Import);
        g.MapGet("/questionnaire", () => RiskQuestionnaire.Shipped());
        g.MapPost("/assess", (AssessBody body) => RiskScorer.Score(RiskQuestionnaire.Shipped(), body.Version, body.Answers ?? []));
        g.MapGet("/report", async (ProgrammeReportBuilder b, CancellationToken ct) => ReportJson.Of(await b.BuildAsync(ct)));
    }

    public static DateOnly ParseDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw RequestValidationException.For("date", "날짜는 YYYY-MM-DD 형식이어야 합니다. (date: YYYY-MM-DD.)");

    private static async Task<Ok<List<UseCaseView>>> List(ProgrammeContext c, DasanDbContext db, string? bureau, string? status, CancellationToken ct)
    {
        var access = await c.AccessAsync(ct);
        var q = access.Visible(db.UseCases.AsNoTracking());
        q = bureau is null ? q : q.Where(u => u.Bureau == bureau);
        q = Enum.TryParse<PlanStatus>(status, true, out var s) ? q.Where(u => u.Status == s) : q;
        return TypedResults.Ok((await q.OrderBy(u => u.Code).ToListAsync(ct)).Select(UseCaseView.Summary).ToList());
    }

    private static async Task<Results<Ok<UseCaseView>, NotFound<string>>> Detail(string code, ProgrammeContext c, CancellationToken ct) =>
        await c.FindAsync(code, ct) is { } u ? TypedResults.Ok(await c.ViewAsync(u, ct)) : c.NotFound(code);

    private static async Task<Created<UseCaseView>> Create(JsonObject body, ProgrammeContext c, CancellationToken ct)
    {
        var u = await c.Portfolio.CreateAsync(await c.AccessAsync(ct), body, ct);
        return TypedResults.Created($"/api/v1/programme/use-cases/{u.Code}", await c.ViewAsync(u, ct));
    }

    private static async Task<FileContentHttpResult> Export(ProgrammeContext c, PortfolioTransfer t, string? format, CancellationToken ct)
    {
        var excel = format == "xlsx";
        var bytes = await t.ExportAsync(await c.AccessAsync(ct), excel, ct);
        return TypedResults.File(bytes, excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
            excel ? "ai-portfolio.xlsx" : "ai-portfolio.csv");
    }

    private static async Task<Ok<ImportResult>> Import(HttpContext http, ProgrammeContext c, PortfolioTransfer t, string? format, CancellationToken ct)
    {
        var excel = format == "xlsx" || (http.Request.ContentType?.Contains("spreadsheet", StringComparison.OrdinalIgnoreCase) ?? false);
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return TypedResults.Ok(await t.ImportAsync(await c.AccessAsync(ct), buffer, excel, ct));
    }
}
