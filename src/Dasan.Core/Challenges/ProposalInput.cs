namespace Dasan.Core.Challenges;

/// <summary>What a start-up writes in a proposal.</summary>
public sealed record ProposalInput(string? Title, string? Summary, string? Approach, int Trl, long PriceKrw, int Months);
