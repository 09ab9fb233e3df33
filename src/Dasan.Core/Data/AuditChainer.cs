using Dasan.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Gives new audit events their chain position and hash, atomically with the change they record.</summary>
internal static class AuditChainer
{
    private static readonly SemaphoreSlim ProcessLock = new(1, 1);

    public static async Task<int> SaveAsync(DasanDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEvent>()
            .Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity)
            .ToList();
        if (pending.Count == 0)
        {
            return await save();
        }

        await ProcessLock.WaitAsync(ct);
        try
        {
            var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                await db.LockAuditChainAsync(ct);
                var last = await db.AuditEvents.AsNoTracking()
                    .OrderByDescending(a => a.Id)
                    .Select(a => new { a.Id, a.Hash })
                    .FirstOrDefaultAsync(ct);
                var id = last?.Id ?? 0;
                var prev = last?.Hash ?? AuditHash.Genesis;
                foreach (var e in pending)
                {
                    e.Id = ++id;
                    e.At = AuditHash.Normalize(e.At);
                    e.PrevHash = prev;
                    e.Hash = AuditHash.Compute(e);
                    prev = e.Hash;
                }

                var count = await save();
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(ct);
                }

                return count;
            }
            finally
            {
                if (ownTransaction is not null)
                {
                    await ownTransaction.DisposeAsync();
                }
            }
        }
        finally
        {
            ProcessLock.Release();
        }
    }
}
