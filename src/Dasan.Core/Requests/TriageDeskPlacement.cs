using Dasan.Core.Access;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>Puts every new request in the human triage desk's queue (used when no AI router is configured).</summary>
public sealed class TriageDeskPlacement(DasanDbContext db) : IRequestPlacement
{
    public async Task PlaceAsync(CitizenRequest request, Actor actor, CancellationToken ct)
    {
        var desk = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.IsTriageDesk, ct)
            ?? throw new InvalidOperationException("No triage desk department exists; the installation was not seeded.");
        request.DepartmentId = desk.Id;
    }
}
