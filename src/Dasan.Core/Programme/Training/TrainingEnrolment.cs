namespace Dasan.Core.Programme.Training;

/// <summary>A roster member enrolled in a curriculum level (L0, L1, L2-1, L2-2, L3).</summary>
public sealed class TrainingEnrolment
{
    public long Id { get; set; }
    public long RosterMemberId { get; set; }
    public required string Level { get; set; }
    public DateTime EnrolledAt { get; set; }
    public required string EnrolledBy { get; set; }
}
