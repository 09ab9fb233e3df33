namespace Dasan.Core.Radar;

/// <summary>An emerging issue: phrases that rose together in the window, with where, who should act and why it fired.</summary>
public sealed record DetectedIssue
{
    /// <summary>Stable key: the phrases sorted and joined with <c>|</c> (what decisions refer to).</summary>
    public required string Key { get; init; }
    public required string Label { get; init; }
    public required IReadOnlyList<string> Phrases { get; init; }
    public DateOnly FirstSeen { get; init; }
    public double Score { get; init; }

    /// <summary>Distinct stories in the window.</summary>
    public int Volume { get; init; }

    /// <summary>Items in the window including folded duplicates.</summary>
    public int Items { get; init; }

    /// <summary>Window volume over the previous window of the same length.</summary>
    public double Growth { get; init; }
    public int RequestItems { get; init; }
    public int NewsItems { get; init; }
    public required IReadOnlyList<string> Domains { get; init; }
    public required IReadOnlyList<string> Departments { get; init; }

    /// <summary>District names (강남구).</summary>
    public required IReadOnlyList<string> Districts { get; init; }
    public required IReadOnlyList<IssueExample> Examples { get; init; }
    public IssueState State { get; init; }
    public required IReadOnlyList<IssueEvidence> Evidence { get; init; }

    /// <summary>Stories per day over the window, oldest first (for a sparkline).</summary>
    public required IReadOnlyList<int> Daily { get; init; }

    /// <summary>Ids of the window's items (stories and their folded duplicates).</summary>
    public required IReadOnlyList<long> ItemIds { get; init; }
}
