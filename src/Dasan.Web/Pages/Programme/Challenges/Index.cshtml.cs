using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme.Challenges;

/// <summary>Staff's view of the hub: their bureau's challenges, those awaiting the control tower, those they evaluate, and (city-wide roles) all.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(DasanDbContext db) : PageModel
{
    public ChallengeAccess? Access { get; private set; }
    public IReadOnlyList<Challenge> Mine { get; private set; } = [];
    public IReadOnlyList<Challenge> Evaluating { get; private set; } = [];
    public IReadOnlyList<Challenge> Others { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Access = await ChallengeAccess.ForAsync(db, User.ToActor(), ct);
        var all = await db.Challenges.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        var userId = Access.Actor.UserId ?? -1;
        var assigned = await db.EvaluatorAssignments.Where(a => a.StaffUserId == userId).Select(a => a.ChallengeId).ToListAsync(ct);
        Mine = all.Where(c => Access.Owns(c) && (!Access.IsControlTower || c.Status == ChallengeStatus.Submitted || c.Bureau == Access.Bureau)).ToList();
        Evaluating = all.Where(c => assigned.Contains(c.Id)).ToList();
        Others = all.Except(Mine).Except(Evaluating).Where(Access.CanRead).ToList();
    }
}
