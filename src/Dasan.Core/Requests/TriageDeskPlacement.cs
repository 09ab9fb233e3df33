using Dasan.Core.Access;
using Dasan.Core.Data;

namespace Dasan.Core.Requests;

/// <summary>Puts every new request in the human triage desk's queue (used when no AI router is configured).</summary>
public sealed class TriageDeskPlacement(DasanDbContext db, ReferenceCache reference) : IRequestPlacement
{
    public async Task PlaceAsync(CitizenRequest request, Actor actor, CancellationToken ct)
    {
        var desk = (await reference.GetAsync(db, ct)).TriageDesk
            ?? throw new InvalidOperationException("No triage desk department exists; the installation was not seeded.");
        request.DepartmentId = desk.Id;
    }
}
