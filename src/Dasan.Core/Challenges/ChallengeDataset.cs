namespace Dasan.Core.Challenges;

/// <summary>Data a pilot may use; personal data says how it is protected.</summary>
public sealed record ChallengeDataset(string Name, bool PersonalData, string? Protection);
