namespace Dasan.Core.Challenges;

/// <summary>The decision on a proposal.</summary>
public enum ProposalOutcome
{
    Pending,
    Accepted,
    Rejected,
}
