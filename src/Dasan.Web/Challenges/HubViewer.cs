using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Challenges;

/// <summary>
/// Who may see a proposal's files and certificate: the start-up that sent it; the challenge's owners, supervisors and
/// the control tower; an assigned evaluator who declared and has no conflict with that start-up.
/// </summary>
public static class HubViewer
{
    public static async Task<bool> CanSeeProposalAsync(HttpContext http, DasanDbContext db, Proposal p, CancellationToken ct)
    {
        if (await StartupAuth.CurrentAsync(http, db) is { } s && s.Id == p.StartupId)
        {
            return true;
        }

        if (http.User.FindFirst(DasanClaims.Role) is null || p.Challenge is null)
        {
            return false;
        }

        var actor = http.User.ToActor();
        var access = await ChallengeAccess.ForAsync(db, actor, ct);
        if (access.ReadsAll || access.Owns(p.Challenge))
        {
            return true;
        }

        var a = actor.UserId is { } id ? await db.EvaluatorAssignments.AsNoTracking().FirstOrDefaultAsync(x => x.ChallengeId == p.ChallengeId && x.StaffUserId == id, ct) : null;
        return a?.DeclaredAt is not null && !a.Conflicts().Contains(p.StartupId);
    }
}
