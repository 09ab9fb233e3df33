using Dasan.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Gives new audit events their chain position and hash, atomically with the change they record.</summary>
internal static class AuditChainer
{
    private static readonly SemaphoreSlim ProcessLock = new(1, 1);

    public static async Task<int> SaveAsync(DasanDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var pending = db.PendingAudit.ToList();
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

                db.AuditEvents.AddRange(pending);
                db.PendingAudit.Clear();
                int count;
                try
                {
                    count = await save();
                }
                catch
                {
                    // Put the events back so a retried save chains them again from the then-current head.
                    foreach (var e in pending)
                    {
                        db.Entry(e).State = EntityState.Detached;
                    }

                    db.PendingAudit.AddRange(pending);
                    throw;
                }

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
