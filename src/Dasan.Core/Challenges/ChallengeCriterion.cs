namespace Dasan.Core.Challenges;

/// <summary>An evaluation criterion and its weight (the weights of a challenge sum to 100).</summary>
public sealed record ChallengeCriterion(string Name, int Weight);
