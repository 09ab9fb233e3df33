namespace Dasan.Core.Challenges;

/// <summary>One challenge in the report: proposals, decision due date and days past it when still undecided.</summary>
public sealed record HubChallengeRow(string Code, string Bureau, string Title, string Status, int Proposals, DateOnly DecisionDueOn, int? DaysToDecision, int DaysOverdue);
