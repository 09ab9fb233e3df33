using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Challenges;

/// <summary>One challenge as the public and start-ups see it: the need, data and its protection, KPIs, criteria, dates; selected proposals and pilots once decided.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class DetailModel(DasanDbContext db, ProposalService proposals) : PageModel
{
    public Challenge? Item { get; private set; }
    public ChallengeDetails Details { get; private set; } = new([], [], []);
    public int ProposalCount { get; private set; }
    public bool IsOpen { get; private set; }
    public IReadOnlyList<(Proposal Proposal, Pilot? Pilot)> Selected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Item = await db.Challenges.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && (c.Status == ChallengeStatus.Published || c.Status == ChallengeStatus.Evaluating || c.Status == ChallengeStatus.Decided), ct);
        if (Item is null)
        {
            return NotFound();
        }

        Details = ChallengeDetails.Parse(Item.DetailsJson);
        IsOpen = proposals.IsOpen(Item);
        ProposalCount = await db.Proposals.CountAsync(p => p.ChallengeId == Item.Id, ct);
        var accepted = await db.Proposals.AsNoTracking().Include(p => p.Startup)
            .Where(p => p.ChallengeId == Item.Id && p.Outcome == ProposalOutcome.Accepted).OrderBy(p => p.Number).ToListAsync(ct);
        var pilots = await db.Pilots.AsNoTracking().Where(p => p.ChallengeId == Item.Id).ToListAsync(ct);
        Selected = accepted.Select(p => (p, pilots.FirstOrDefault(x => x.ProposalId == p.Id))).ToList();
        return Page();
    }
}
