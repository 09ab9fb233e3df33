namespace Dasan.Core.Programme.Training;

/// <summary>
/// A module completed by a roster member, here (a passed quiz) or in another training system (imported). Valid until
/// <see cref="ExpiresAt"/>; renewing means completing the module again.
/// </summary>
public sealed class ModuleCompletion
{
    public long Id { get; set; }
    public long RosterMemberId { get; set; }
    public required string ModuleCode { get; set; }
    public DateTime CompletedAt { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>Quiz score 0–100 when there was one.</summary>
    public int? Score { get; set; }

    /// <summary>dasan, seed, or import:SYSTEM.</summary>
    public required string Source { get; set; }

    public DateTime RecordedAt { get; set; }
}
