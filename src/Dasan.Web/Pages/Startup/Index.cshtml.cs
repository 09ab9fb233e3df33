using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Startup;

/// <summary>A start-up's own proposals (and only its own), with their status and decision.</summary>
[Authorize(Policy = StartupAuth.Policy)]
public sealed class IndexModel(DasanDbContext db) : PageModel
{
    public Core.Challenges.Startup? Me { get; private set; }
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = await StartupAuth.CurrentAsync(HttpContext, db);
        if (Me is null)
        {
            return Challenge(StartupAuth.Scheme);
        }

        Proposals = await db.Proposals.AsNoTracking().Include(p => p.Challenge).Where(p => p.StartupId == Me.Id).OrderByDescending(p => p.SubmittedAt).ToListAsync(ct);
        return Page();
    }
}
