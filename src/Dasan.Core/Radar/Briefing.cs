namespace Dasan.Core.Radar;

/// <summary>A daily or weekly briefing for one bureau or for the mayor's office (the whole city).</summary>
public sealed record Briefing
{
    public const string MayorsOffice = "시장실";

    public required string Audience { get; init; }
    public required BriefingPeriod Period { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public required IReadOnlyList<DetectedIssue> Issues { get; init; }
    public int Requests { get; init; }
    public int PreviousRequests { get; init; }
    public int Overdue { get; init; }
    public required IReadOnlyList<OverdueRequest> OldestOverdue { get; init; }

    /// <summary>Department code → name, for writing.</summary>
    public required IReadOnlyDictionary<string, string> DepartmentNames { get; init; }
}
