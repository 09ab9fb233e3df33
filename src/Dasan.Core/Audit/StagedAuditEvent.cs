using Dasan.Core.Access;

namespace Dasan.Core.Audit;

/// <summary>
/// An audit event committed with the change it records but not yet in the chain: the sealer moves staged events,
/// in the order they were committed, into <see cref="AuditEvent"/> with their chain position and hash (ADR 0322).
/// </summary>
public sealed class StagedAuditEvent
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

    /// <summary>The staged copy of <paramref name="e"/>.</summary>
    public static StagedAuditEvent From(AuditEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new StagedAuditEvent
        {
            At = e.At, ActorKind = e.ActorKind, Actor = e.Actor, Action = e.Action, EntityType = e.EntityType,
            EntityId = e.EntityId, Before = e.Before, After = e.After,
        };
    }

    /// <summary>A new, unchained audit event with this one's fields.</summary>
    public AuditEvent ToEvent() => new()
    {
        At = At, ActorKind = ActorKind, Actor = Actor, Action = Action, EntityType = EntityType,
        EntityId = EntityId, Before = Before, After = After,
    };
}
