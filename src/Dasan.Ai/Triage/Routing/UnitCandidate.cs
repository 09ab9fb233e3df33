namespace Dasan.Ai.Triage.Routing;

/// <summary>One ranked department with its raw retrieval score and calibrated probability.</summary>
public sealed record UnitCandidate(string Code, string Name, string Domain, string Bureau, double Score, double Probability);
