namespace Dasan.Core.Programme.Training;

/// <summary>A roster member read a module's lesson to the end (the "completed" half of a completion rule).</summary>
public sealed class LessonReading
{
    public long Id { get; set; }
    public long RosterMemberId { get; set; }
    public required string ModuleCode { get; set; }
    public DateTime ReadAt { get; set; }
}
