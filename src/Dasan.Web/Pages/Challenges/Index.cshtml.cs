using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Challenges;

/// <summary>The public list of AI challenges (AI 실증 과제 공모): open ones first, then those under evaluation and decided.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class IndexModel(DasanDbContext db) : PageModel
{
    public IReadOnlyList<Challenge> Open { get; private set; } = [];
    public IReadOnlyList<Challenge> Closed { get; private set; } = [];
    public IReadOnlyDictionary<long, int> ProposalCounts { get; private set; } = new Dictionary<long, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await db.Challenges.AsNoTracking()
            .Where(c => c.Status == ChallengeStatus.Published || c.Status == ChallengeStatus.Evaluating || c.Status == ChallengeStatus.Decided)
            .OrderByDescending(c => c.OpensOn).ThenBy(c => c.Code).ToListAsync(ct);
        Open = all.Where(c => c.Status == ChallengeStatus.Published).OrderBy(c => c.ClosesOn).ToList();
        Closed = all.Where(c => c.Status != ChallengeStatus.Published).ToList();
        ProposalCounts = await db.Proposals.AsNoTracking().GroupBy(p => p.ChallengeId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
    }
}
