using System.Text.Json.Nodes;
using Dasan.Core.Access;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Programme.Risk;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Programme;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Programme;

/// <summary>One use case: its fields, assessment, obligations, KPIs and review history, with the workflow actions the caller may take.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UseCaseModel(ProgrammeContext programme, UseCaseKpis kpis) : PageModel
{
    public UseCase? Case { get; private set; }
    public JsonObject Doc { get; private set; } = [];
    public RiskResult? Assessment { get; private set; }
    public IReadOnlyList<KpiLine> Kpis { get; private set; } = [];
    public PortfolioAccess? Access { get; private set; }
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public int Saved { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public TierDefinition? TierInfo => Assessment is { Prohibited: false } a ? programme.Portfolio.Questionnaire.TierOf(a.Tier) : null;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(string code, CancellationToken ct) => ActAsync(code, (a, u) => programme.Workflow.SubmitAsync(a, u, Comment, ct), ct);
    public Task<IActionResult> OnPostReturnAsync(string code, CancellationToken ct) => ActAsync(code, (a, u) => programme.Workflow.ReturnAsync(a, u, Comment, ct), ct);
    public Task<IActionResult> OnPostApproveAsync(string code, CancellationToken ct) => ActAsync(code, (a, u) => programme.Workflow.ApproveAsync(a, u, Comment, ct), ct);
    public Task<IActionResult> OnPostCommentAsync(string code, CancellationToken ct) => ActAsync(code, (a, u) => programme.Workflow.CommentAsync(a, u, Comment, ct), ct);

    public Task<IActionResult> OnPostStageAsync(string code, CancellationToken ct) =>
        ActAsync(code, (a, u) => programme.Portfolio.MoveStageAsync(a, u, Stage ?? "", ProgrammeApi.ParseDate(Date), Reason, ct), ct);

    private async Task<IActionResult> ActAsync(string code, Func<PortfolioAccess, UseCase, Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        try
        {
            await action(Access!, Case!);
            return Redirect($"/programme/use-cases/{code}?saved=1");
        }
        catch (RequestValidationException e)
        {
            Error = string.Join(" ", e.Errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}"));
        }
        catch (Exception e) when (e is AccessDeniedException or RequestRuleException)
        {
            Error = e.Message;
        }

        await LoadAsync(code, ct);
        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Access = await programme.AccessAsync(ct);
        Case = await programme.Portfolio.FindAsync(Access, code, ct);
        if (Case is null)
        {
            return false;
        }

        Doc = UseCaseDocument.Parse(Case);
        Assessment = ProgrammeContext.Assessment(Doc);
        Kpis = await kpis.LinesAsync(Case, Doc, ct);
        return true;
    }
}
