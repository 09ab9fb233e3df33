using Dasan.Core.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Adds a <see cref="ChangeLogEntry"/> for every knowledge document a save adds, changes or deletes (same transaction).</summary>
internal static class ChangeLogRecorder
{
    public static void Record(DasanDbContext db)
    {
        var changed = db.ChangeTracker.Entries<KnowledgeDocument>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (e.Entity.Key, Deleted: e.State == EntityState.Deleted, e.Entity.UpdatedAt))
            .ToList();
        foreach (var (key, deleted, at) in changed)
        {
            db.ChangeLog.Add(new ChangeLogEntry { Topic = ChangeLogTopics.Knowledge, Key = key, Deleted = deleted, At = at });
        }
    }
}
