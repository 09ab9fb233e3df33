using System.Text.Json.Nodes;
using Dasan.Core.Access;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Programme;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Programme;

/// <summary>Drafting a use case (new, or a draft/returned one of the planner's bureau) with its impact assessment.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(ProgrammeContext programme) : PageModel
{
    public UseCase? Existing { get; private set; }
    public JsonObject Doc { get; private set; } = [];
    public PortfolioAccess? Access { get; private set; }
    public IReadOnlyList<string> Bureaus { get; private set; } = [];
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public FieldRules Rules => programme.Portfolio.Rules;

    public string V(string field) => UseCaseDocument.Text(Doc, field);

    public string V(string list, int i, string field) => (Doc[list] as JsonArray)?.ElementAtOrDefault(i)?[field]?.ToString() ?? "";

    public bool Has(string list, string value) => UseCaseValidator.Strings(Doc[list]).Contains(value);

    public string? Answer(string id) => Doc["assessment_answers"]?[id]?.ToString();

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Doc = UseCaseForm.Read(Request.Form, Existing is null ? null : UseCaseDocument.Parse(Existing), programme.Portfolio.Questionnaire);
        try
        {
            var u = Existing is null ? await programme.Portfolio.CreateAsync(Access!, Doc, ct) : await programme.Portfolio.UpdateAsync(Access!, Existing, Doc, ct);
            return Redirect($"/programme/use-cases/{u.Code}?saved=1");
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
        }
        catch (Exception e) when (e is AccessDeniedException or RequestRuleException)
        {
            Errors = new Dictionary<string, string[]> { ["bureau"] = [e.Message] };
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Errors = new Dictionary<string, string[]> { ["bureau"] = ["다른 사람이 먼저 이 사례를 고쳤습니다. 새로 고친 뒤 다시 저장해 주세요."] };
        }

        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken ct)
    {
        Access = await programme.AccessAsync(ct);
        Bureaus = Access.IsControlTower ? CatalogReader.Shipped().Bureaus.Select(b => b.Name).Order(StringComparer.Ordinal).ToList() : Access.Bureau is { } b ? [b] : [];
        if (code is null)
        {
            Doc = new JsonObject { ["bureau"] = Access.Bureau, ["assessment_version"] = programme.Portfolio.Questionnaire.Version };
            return true;
        }

        Existing = await programme.FindAsync(code, ct);
        if (Existing is null || Existing.PlatformFeature is not null || !Access.CanEdit(Existing.Bureau))
        {
            return false;
        }

        Doc = UseCaseDocument.Parse(Existing);
        return true;
    }
}
