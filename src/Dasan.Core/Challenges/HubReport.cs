namespace Dasan.Core.Challenges;

/// <summary>The leadership numbers of the start-up hub (issue 17), also printed by <c>dasan challenges report --json</c>.</summary>
public sealed record HubReport(
    DateOnly AsOf,
    int Challenges,
    int OpenChallenges,
    int Proposals,
    double ProposalsPerChallenge,
    double? MedianDaysToDecision,
    int DecidedOnTime,
    int DecidedLate,
    int Pilots,
    int PilotsRunning,
    int Certificates,
    int ProcurementRecommended,
    double? ProcurementShare,
    IReadOnlyList<HubBureauRow> Bureaus,
    IReadOnlyList<HubChallengeRow> PerChallenge,
    IReadOnlyList<HubChallengeRow> Overdue);
