namespace Dasan.Ai.Triage.Routing;

/// <summary>The router's answer: departments and domains best first, and the evidence for the top departments.</summary>
public sealed record RoutingResult(IReadOnlyList<UnitCandidate> Units, IReadOnlyList<DomainCandidate> Domains, IReadOnlyList<RoutingEvidence> Evidence)
{
    public UnitCandidate? Top => Units.Count > 0 ? Units[0] : null;
}
