namespace Dasan.Core.Programme.Portfolio;

/// <summary>One step of a plan's review: created, updated, submitted, commented, returned, approved, stage moved, imported.</summary>
public sealed class UseCaseReview
{
    public long Id { get; set; }
    public long UseCaseId { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public PlanStatus FromStatus { get; set; }
    public PlanStatus ToStatus { get; set; }
    public string? Comment { get; set; }
}
