using System.Globalization;
using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme.Pilots;

/// <summary>A pilot: agreement terms, KPI measurements against targets, gate reviews, and the end (certificate, procurement recommendation).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailModel(DasanDbContext db, PilotService pilots) : PageModel
{
    public Pilot? Item { get; private set; }
    public Challenge? Parent { get; private set; }
    public IReadOnlyList<ChallengeKpi> Kpis { get; private set; } = [];
    public ChallengeAccess? Access { get; private set; }
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public int Saved { get; set; }
    [BindProperty] public int Kpi { get; set; }
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Value { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? GateName { get; set; }
    [BindProperty] public string? Result { get; set; }
    [BindProperty] public string? Procurement { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMeasureAsync(string code, CancellationToken ct) => ActAsync(code, () =>
    {
        if (!DateOnly.TryParseExact(On, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ||
            !double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            throw RequestValidationException.For("value", "측정일과 숫자 값을 적어 주세요. (Date and number.)");
        }

        return pilots.MeasureAsync(Access!, Parent!, Item!, Kpi, on, v, Note, ct);
    }, ct);

    public Task<IActionResult> OnPostGateAsync(string code, CancellationToken ct) => ActAsync(code, () => pilots.GateAsync(Access!, Parent!, Item!, GateName, Result, Note, ct), ct);

    public Task<IActionResult> OnPostFinishAsync(string code, CancellationToken ct) => ActAsync(code, () => pilots.FinishAsync(Access!, Parent!, Item!, Procurement, Note, ct), ct);

    private async Task<IActionResult> ActAsync(string code, Func<Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        try
        {
            await action();
            return Redirect($"/programme/pilots/{code}?saved=1");
        }
        catch (RequestValidationException e)
        {
            Error = string.Join(" ", e.Errors.SelectMany(x => x.Value).Select(x => Text.Bilingual.Pick(x)));
        }
        catch (Exception e) when (e is AccessDeniedException or RequestRuleException)
        {
            Error = Text.Bilingual.Pick(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Error = "다른 사람이 먼저 바꿨습니다. 새로 고친 뒤 다시 해 주세요.";
        }

        db.ChangeTracker.Clear();
        await LoadAsync(code, ct);
        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Access = await ChallengeAccess.ForAsync(db, User.ToActor(), ct);
        Item = await db.Pilots.Include(p => p.Proposal).ThenInclude(p => p!.Startup).Include(p => p.Measurements).Include(p => p.Gates).FirstOrDefaultAsync(p => p.Code == code, ct);
        Parent = Item is null ? null : await db.Challenges.FirstAsync(c => c.Id == Item.ChallengeId, ct);
        if (Item is null || Parent is null || !(Access.ReadsAll || Access.Owns(Parent)))
        {
            return false;
        }

        Kpis = ChallengeDetails.Parse(Parent.DetailsJson).Kpis;
        return true;
    }
}
