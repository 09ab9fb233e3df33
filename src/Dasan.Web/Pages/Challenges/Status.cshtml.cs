using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Challenges;

/// <summary>A proposal's status by its signed link (no login), like citizens' status links: a wrong or missing key shows nothing.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class StatusModel(DasanDbContext db, StatusLinkSigner links) : PageModel
{
    public Proposal? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, string? k, CancellationToken ct)
    {
        if (!links.Verify(number, k))
        {
            return NotFound();
        }

        Item = await db.Proposals.AsNoTracking().Include(p => p.Challenge).Include(p => p.Startup).FirstOrDefaultAsync(p => p.Number == number, ct);
        return Item is null ? NotFound() : Page();
    }
}
