using Dasan.Ai.Triage.Routing;

namespace Dasan.Ai.Triage;

/// <summary>
/// The triage of one request: ranked departments and domains, the chosen department (null when the router
/// abstains below the threshold), its calibrated confidence, the rule that fired, and the router version.
/// </summary>
public sealed record TriageOutcome(
    RoutingResult Routing,
    string Domain,
    UnitCandidate? Department,
    double Confidence,
    string? Rule,
    string RouterVersion)
{
    public IReadOnlyList<UnitCandidate> Top3 => Routing.Units.Take(3).ToList();
}
