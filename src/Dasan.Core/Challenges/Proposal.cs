namespace Dasan.Core.Challenges;

/// <summary>A start-up's proposal to a challenge: editable until the challenge closes, then evaluated and decided.</summary>
public sealed class Proposal : Data.IVersioned
{
    public long Id { get; set; }
    public int Version { get; set; }

    /// <summary>Confirmation number, e.g. <c>CP-2026-00012</c>.</summary>
    public required string Number { get; set; }

    public long ChallengeId { get; set; }
    public Challenge? Challenge { get; set; }
    public long StartupId { get; set; }
    public Startup? Startup { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public required string Approach { get; set; }
    public int Trl { get; set; }
    public long PriceKrw { get; set; }
    public int Months { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public ProposalOutcome Outcome { get; set; }

    /// <summary>The decision letter the applicant reads (Korean), set when the outcome is decided.</summary>
    public string? DecisionLetter { get; set; }

    public DateTime? DecidedAt { get; set; }
    public List<ProposalAttachment> Attachments { get; set; } = [];
}
