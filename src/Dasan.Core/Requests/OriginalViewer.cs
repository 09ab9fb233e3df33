using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>Opens the protected original of a request for an admin and records who did, when.</summary>
public sealed class OriginalViewer(DasanDbContext db, AuditTrail audit)
{
    public async Task<ProtectedOriginal> ViewAsync(Actor actor, long id, CancellationToken ct)
    {
        if (actor.Role != StaffRole.Admin)
        {
            throw new AccessDeniedException("원문은 관리자만 볼 수 있습니다. (Only admins may see the original.)");
        }

        var r = await db.Requests.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new RequestNotFoundException(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        audit.Record(actor, "request.original_viewed", "request", r.TrackingNumber);
        await db.SaveChangesAsync(ct);
        return new ProtectedOriginal(r.TrackingNumber, r.Body, r.ContactName, r.ContactPhone, r.ContactEmail, r.Address);
    }
}
