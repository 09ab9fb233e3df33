using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Data;

namespace Dasan.Core.Audit;

/// <summary>Records audit events into the current unit of work; they are chained when it is saved.</summary>
public sealed class AuditTrail(DasanDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Adds an event; <paramref name="before"/> and <paramref name="after"/> must hold no unmasked personal data.</summary>
    public AuditEvent Record(Actor actor, string action, string entityType, string? entityId, object? before = null, object? after = null)
    {
        var e = new AuditEvent
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorKind = actor.Kind,
            Actor = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
        db.AddAudit(e);
        return e;
    }
}
