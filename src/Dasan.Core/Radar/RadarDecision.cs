namespace Dasan.Core.Radar;

/// <summary>
/// A staff decision on a detected issue, kept as feedback. A dismissal suppresses issues with the same key
/// phrases in later detections for <see cref="RadarOptions.SuppressDays"/> days.
/// </summary>
public sealed class RadarDecision
{
    public long Id { get; set; }

    /// <summary>The issue's key: its phrases sorted and joined with <c>|</c>.</summary>
    public required string IssueKey { get; set; }
    public required string Label { get; set; }
    public RadarDecisionKind Kind { get; set; }
    public long? DepartmentId { get; set; }
    public string? Note { get; set; }
    public required string DecidedBy { get; set; }
    public DateTime At { get; set; }

    /// <summary>The numbers that made the issue fire, as the staff member saw them (JSON).</summary>
    public string? Evidence { get; set; }
}
