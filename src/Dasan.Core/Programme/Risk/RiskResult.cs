namespace Dasan.Core.Programme.Risk;

/// <summary>
/// A scored assessment. <see cref="ScoreTier"/> comes from the score alone; <see cref="Tier"/> is the higher of it and the
/// triggered gates' minimum tiers, or <c>prohibited</c> when a prohibited-use gate was answered yes.
/// </summary>
public sealed record RiskResult(
    string Version,
    double RawImpact,
    double Mitigation,
    bool Discounted,
    double FinalScore,
    double Share,
    string ScoreTier,
    IReadOnlyList<string> GatesTriggered,
    string Tier)
{
    public const string ProhibitedTier = "prohibited";

    public bool Prohibited => Tier == ProhibitedTier;
}
