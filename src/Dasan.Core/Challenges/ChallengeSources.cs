namespace Dasan.Core.Challenges;

/// <summary>Where a challenge's need was seen.</summary>
public static class ChallengeSources
{
    public const string None = "none";
    public const string Radar = "radar";
    public const string Backlog = "backlog";

    public static readonly IReadOnlyList<string> All = [None, Radar, Backlog];
}
