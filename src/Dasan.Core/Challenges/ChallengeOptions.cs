namespace Dasan.Core.Challenges;

/// <summary>Settings of the start-up hub (<c>Dasan:Challenges</c>).</summary>
public sealed class ChallengeOptions
{
    /// <summary>Weeks from a challenge's closing date within which every applicant gets the decision (Testbed Seoul: 8).</summary>
    public int DecisionWeeks { get; set; } = 8;

    public int MaxAttachments { get; set; } = 5;
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;
}
