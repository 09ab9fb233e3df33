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
                var key = db.AuditKey?.Bytes;
                if (key is not null && !await db.Settings.AnyAsync(s => s.Key == AuditHash.KeyedFromSetting, ct))
                {
                    // The first keyed event: every event from here on is an HMAC under the installation's key.
                    db.Settings.Add(new Setting { Key = AuditHash.KeyedFromSetting, Value = (id + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) });
                }

                foreach (var e in pending)
                {
                    e.Id = ++id;
                    e.At = AuditHash.Normalize(e.At);
                    e.PrevHash = prev;
                    e.Hash = AuditHash.Compute(e, key);
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
