namespace Dasan.Core.Challenges;

/// <summary>
/// One evaluator's score sheet for one proposal: a score 0–10 and a comment per criterion, weighted to a total out of 100.
/// Saved as a draft until submitted; submitted sheets are final, and only then does the evaluator see the others'.
/// </summary>
public sealed class Evaluation : Data.IVersioned
{
    public long Id { get; set; }
    public int Version { get; set; }
    public long ProposalId { get; set; }
    public long ChallengeId { get; set; }
    public long StaffUserId { get; set; }

    /// <summary>JSON list of <see cref="CriterionScore"/> in the challenge's criterion order.</summary>
    public required string ScoresJson { get; set; }

    public double Total { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
}
