namespace Dasan.Core.Programme.Portfolio;

/// <summary>One bureau's (or the city's) line of the leadership report. Training figures are null when not available.</summary>
public sealed record BureauReport(string Bureau)
{
    public int UseCases { get; init; }
    public IReadOnlyDictionary<string, int> ByStage { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> ByTier { get; init; } = new Dictionary<string, int>();
    public int Deployed { get; init; }
    public double DeployedShare => UseCases == 0 ? 0 : (double)Deployed / UseCases;

    /// <summary>Deployed tier III–IV use cases, and how many of them meet every obligation of their tier.</summary>
    public int HighTierDeployed { get; init; }
    public int HighTierAllMet { get; init; }
    public int ObligationsRequired { get; init; }
    public int ObligationsMet { get; init; }
    public int OverdueReviews { get; init; }
    public int KpisMeasured { get; init; }
    public int KpisOnTarget { get; init; }
    public BureauTrainingFigures? Training { get; init; }
}
