using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Api;

/// <summary>The audit filters shared by the admin API and the admin page; newest first.</summary>
public static class AuditQuery
{
    public static IQueryable<AuditEvent> Filter(DasanDbContext db, string? action, string? actor, string? entityId, DateTime? from, DateTime? to)
    {
        var q = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(action)) q = q.Where(a => a.Action.StartsWith(action));
        if (!string.IsNullOrWhiteSpace(actor)) q = q.Where(a => a.Actor == actor);
        if (!string.IsNullOrWhiteSpace(entityId)) q = q.Where(a => a.EntityId == entityId);
        if (from is { } f) q = q.Where(a => a.At >= DateTime.SpecifyKind(f, DateTimeKind.Utc));
        if (to is { } t) q = q.Where(a => a.At < DateTime.SpecifyKind(t, DateTimeKind.Utc).AddDays(1));
        return q.OrderByDescending(a => a.Id);
    }
}
