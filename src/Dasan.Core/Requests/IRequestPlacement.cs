using Dasan.Core.Access;

namespace Dasan.Core.Requests;

/// <summary>
/// Decides where a new request goes (a department queue, or the human triage desk). The AI router
/// implements it; the foundation's implementation sends everything to the triage desk.
/// </summary>
public interface IRequestPlacement
{
    Task PlaceAsync(CitizenRequest request, Actor actor, CancellationToken ct);

    /// <summary>
    /// The urgency this placement would give the text (<c>critical</c>, <c>high</c>, <c>normal</c>, <c>low</c>), asked
    /// before a request is acknowledged without triage (ADR 0328): a critical one is never deferred. Null when the
    /// placement rates no urgency; then nothing is deferred, since nothing could tell a critical request apart.
    /// </summary>
    string? AssessUrgency(string title, string maskedBody) => null;

    /// <summary>Called once the request is saved (it has its id), e.g. to index it for duplicate detection.</summary>
    void OnSaved(CitizenRequest request)
    {
    }
}
