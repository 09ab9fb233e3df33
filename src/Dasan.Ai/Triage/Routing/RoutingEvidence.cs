namespace Dasan.Ai.Triage.Routing;

/// <summary>Why a department was suggested: matched terms, the keywords and duty sentence they hit, the nearest example, a rule.</summary>
public sealed record RoutingEvidence(
    string Code,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<string> MatchedKeywords,
    string? MatchedDuty,
    string? NearestExample,
    string? Rule);
