using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Startup;

/// <summary>A new proposal to an open challenge; on success the confirmation page (number and signed status link).</summary>
[Authorize(Policy = StartupAuth.Policy)]
public sealed class ProposeModel(DasanDbContext db, ProposalService proposals) : PageModel
{
    public Challenge? Item { get; private set; }
    [BindProperty] public ProposalInput Input { get; set; } = new(null, null, null, 0, 0, 0);
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Rule { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Item = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && (c.Status == ChallengeStatus.Published || c.Status == ChallengeStatus.Evaluating || c.Status == ChallengeStatus.Decided), ct);
        if (Item is null)
        {
            return NotFound();
        }

        Input = Input with { Trl = Item.MinTrl, Months = Item.PilotMonths };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        Item = await db.Challenges.FirstOrDefaultAsync(c => c.Code == code && (c.Status == ChallengeStatus.Published || c.Status == ChallengeStatus.Evaluating || c.Status == ChallengeStatus.Decided), ct);
        var me = await StartupAuth.CurrentAsync(HttpContext, db);
        if (Item is null || me is null)
        {
            return NotFound();
        }

        try
        {
            var p = await proposals.SubmitAsync(me, Item, Input, ct);
            return Redirect($"/startup/proposals/{p.Number}?new=1");
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
        }
        catch (Exception e) when (e is RequestRuleException or AccessDeniedException)
        {
            Rule = Text.Bilingual.Pick(e.Message);
        }

        Response.StatusCode = 400;
        return Page();
    }
}
