namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// One AI use case of a bureau's portfolio. <see cref="Document"/> holds every field of <c>field-rules.json</c>
/// as JSON (the same shape as <c>content/programme/use-cases.json</c>); the columns beside it are copies for queries.
/// </summary>
public sealed class UseCase : Data.IVersioned
{
    public long Id { get; set; }

    /// <summary>Row version: raised on every save, checked by the UPDATE (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>Register code, e.g. <c>UC-001</c>, or <c>DASAN-01</c> for the platform's own AI.</summary>
    public required string Code { get; set; }

    public required string Bureau { get; set; }
    public required string Name { get; set; }

    /// <summary>idea, planned, pilot, deployed or retired.</summary>
    public required string Stage { get; set; }

    /// <summary>I–IV from the assessment, <c>prohibited</c>, or null before one is made.</summary>
    public string? Tier { get; set; }

    public DateTime? ReviewBy { get; set; }
    public PlanStatus Status { get; set; }

    /// <summary>Set for Dasan's own AI features, whose KPIs are computed live (e.g. <c>triage</c>, <c>assistant</c>).</summary>
    public string? PlatformFeature { get; set; }

    /// <summary>The department of the planner who drafted it: where returns and approvals are notified.</summary>
    public long? OwnerDepartmentId { get; set; }

    public required string Document { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? DecidedAt { get; set; }

    public List<UseCaseReview> Reviews { get; set; } = [];
}
