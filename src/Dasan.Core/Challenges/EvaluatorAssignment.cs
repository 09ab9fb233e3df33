namespace Dasan.Core.Challenges;

/// <summary>A staff member assigned to evaluate a challenge's proposals, with the conflict-of-interest declaration.</summary>
public sealed class EvaluatorAssignment
{
    public long Id { get; set; }
    public long ChallengeId { get; set; }
    public long StaffUserId { get; set; }
    public required string AssignedBy { get; set; }
    public DateTime AssignedAt { get; set; }

    /// <summary>When the evaluator declared; nothing of the proposals is shown before.</summary>
    public DateTime? DeclaredAt { get; set; }

    /// <summary>Start-up ids the evaluator declared a conflict with (comma-separated); those proposals are not scored by them.</summary>
    public string ConflictStartupIds { get; set; } = "";

    public string? ConflictNote { get; set; }

    public IReadOnlySet<long> Conflicts() =>
        ConflictStartupIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
}
