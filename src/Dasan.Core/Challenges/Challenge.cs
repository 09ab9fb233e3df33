namespace Dasan.Core.Challenges;

/// <summary>
/// An AI challenge (실증 과제) a bureau posts for start-ups: the need, the data a pilot may use, success KPIs, budget
/// band, eligibility, weighted evaluation criteria and dates. The lists live in <see cref="DetailsJson"/>
/// (<see cref="ChallengeDetails"/>); the columns beside it are for queries.
/// </summary>
public sealed class Challenge : Data.IVersioned
{
    public long Id { get; set; }
    public int Version { get; set; }

    /// <summary>Public code, e.g. <c>CH-2026-01</c>.</summary>
    public required string Code { get; set; }

    public required string Bureau { get; set; }
    public long? DepartmentId { get; set; }
    public required string Title { get; set; }
    public required string Problem { get; set; }

    /// <summary>The portfolio's topic area (a triage domain), technique and Seoul field, carried into the pilot's use case.</summary>
    public required string TopicArea { get; set; }

    public required string Technique { get; set; }
    public required string SeoulField { get; set; }

    /// <summary>radar, backlog or none: where the need was seen.</summary>
    public string SourceKind { get; set; } = ChallengeSources.None;

    /// <summary>The radar issue id or the backlog's department id that the challenge started from.</summary>
    public string? SourceRef { get; set; }

    public string? SourceNote { get; set; }

    /// <summary>S (≤ 5천만 원), M (≤ 2억 원) or L (≤ 5억 원).</summary>
    public required string BudgetBand { get; set; }

    public int MinTrl { get; set; } = 6;
    public required string Eligibility { get; set; }
    public required string DetailsJson { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }

    /// <summary>When every applicant must have the decision letter: the closing date plus eight weeks by default.</summary>
    public DateOnly DecisionDueOn { get; set; }

    public int PilotMonths { get; set; }
    public ChallengeStatus Status { get; set; }
    public string? ReviewComment { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
}
