using Dasan.Core.Access;

namespace Dasan.Core.Audit;

/// <summary>
/// One append-only, hash-chained record of a state change. <see cref="Id"/> is the position in the chain;
/// <see cref="Hash"/> covers every field and the previous hash, so edits and deletions are detectable.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public ActorKind ActorKind { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
}
