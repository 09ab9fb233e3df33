namespace Dasan.Core.Challenges;

/// <summary>A score (0–10) with its required comment.</summary>
public sealed record CriterionScore(int Score, string Comment);
