namespace Dasan.Ai.Triage.Routing;

/// <summary>A domain with the summed probability of its departments.</summary>
public sealed record DomainCandidate(string Domain, double Probability);
