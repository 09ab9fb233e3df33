namespace Dasan.Core.Challenges;

/// <summary>A success measure of the challenge; pilots record measurements against it.</summary>
public sealed record ChallengeKpi(string Metric, string Unit, double? Baseline, double Target, string Better, string? HowMeasured)
{
    /// <summary>Whether <paramref name="value"/> reaches the target in the KPI's direction.</summary>
    public bool Met(double value) => Better == "lower" ? value <= Target : value >= Target;
}
