namespace Dasan.Core.Challenges;

/// <summary>Where a challenge is: drafted by a bureau, approved and open, closed for evaluation, decided.</summary>
public enum ChallengeStatus
{
    Draft,
    Submitted,
    Published,
    Evaluating,
    Decided,
}
