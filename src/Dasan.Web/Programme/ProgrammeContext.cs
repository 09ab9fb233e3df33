using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Programme.Risk;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dasan.Web.Programme;

/// <summary>What every programme endpoint and page needs: the caller's portfolio access and the services, with one not-found shape.</summary>
public sealed class ProgrammeContext(IHttpContextAccessor http, DasanDbContext db, PortfolioService portfolio, PlanWorkflow workflow, UseCaseKpis kpis)
{
    public PortfolioService Portfolio => portfolio;
    public PlanWorkflow Workflow => workflow;

    public Task<PortfolioAccess> AccessAsync(CancellationToken ct) => PortfolioAccess.ForAsync(db, http.HttpContext!.User.ToActor(), ct);

    public async Task<UseCase?> FindAsync(string code, CancellationToken ct) => await portfolio.FindAsync(await AccessAsync(ct), code, ct);

    public NotFound<string> NotFound(string code) => TypedResults.NotFound($"AI 사업 {code}을(를) 찾을 수 없습니다. (Use case {code} not found.)");

    public async Task<UseCaseView> ViewAsync(UseCase u, CancellationToken ct)
    {
        var doc = UseCaseDocument.Parse(u);
        return UseCaseView.Detail(u, doc, Assessment(doc), await kpis.LinesAsync(u, doc, ct));
    }

    public static RiskResult? Assessment(System.Text.Json.Nodes.JsonObject doc)
    {
        var q = RiskQuestionnaire.Shipped();
        if (doc["assessment_answers"] is not System.Text.Json.Nodes.JsonObject { Count: > 0 } answers || UseCaseValidator.Str(doc, "assessment_version") != q.Version)
        {
            return null;
        }

        try
        {
            return RiskScorer.Score(q, q.Version, answers.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? ""));
        }
        catch (Core.Requests.RequestValidationException)
        {
            return null;
        }
    }

    /// <summary>Runs an action on a visible use case and returns its new view, or 404.</summary>
    public async Task<Results<Ok<UseCaseView>, NotFound<string>>> RunAsync(string code, Func<PortfolioAccess, UseCase, Task> action, CancellationToken ct)
    {
        var access = await AccessAsync(ct);
        if (await portfolio.FindAsync(access, code, ct) is not { } u)
        {
            return NotFound(code);
        }

        await action(access, u);
        return TypedResults.Ok(await ViewAsync(u, ct));
    }
}
