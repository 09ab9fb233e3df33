using Dasan.Core.Access;

namespace Dasan.Core.Requests;

/// <summary>
/// Decides where a new request goes (a department queue, or the human triage desk). The AI router
/// implements it; the foundation's implementation sends everything to the triage desk.
/// </summary>
public interface IRequestPlacement
{
    Task PlaceAsync(CitizenRequest request, Actor actor, CancellationToken ct);
}
