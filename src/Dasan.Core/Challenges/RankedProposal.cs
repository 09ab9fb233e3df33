namespace Dasan.Core.Challenges;

/// <summary>A proposal's place in its challenge: the mean of the submitted weighted totals (null before any).</summary>
public sealed record RankedProposal(Proposal Proposal, int Rank, double? Mean, int Sheets);
