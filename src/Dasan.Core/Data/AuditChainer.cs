using Dasan.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>
/// Puts new audit events into the chain (ADR 0322). A save without an open transaction stores its events in the
/// staging table with the change, commits without any chain lock, and then seals: under the chain lock, every
/// staged event (its own and any other save's) gets its position and hash in one short transaction, so concurrent
/// saves share one lock hold and one commit instead of queueing a commit each. A save inside a caller's transaction
/// chains its events in that transaction, as before, because no one could seal them after a commit we never see.
/// </summary>
internal static class AuditChainer
{
    private const int SealBatch = 1000;
    /// <summary>One sealing group per database (by connection string): a process may talk to several.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SealGroup> Groups = new(StringComparer.Ordinal);

    private static SealGroup GroupOf(DasanDbContext db) => Groups.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SealGroup());

    private sealed class SealGroup
    {
        public SemaphoreSlim ProcessLock { get; } = new(1, 1);
        public Lock Gate { get; } = new();
        public List<(Dictionary<long, AuditEvent> Own, TaskCompletionSource Done)> Waiting { get; } = [];
        public bool Sealing { get; set; }
    }

    public static async Task<int> SaveAsync(DasanDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var pending = db.PendingAudit.ToList();
        if (pending.Count == 0)
        {
            return await save();
        }

        if (db.Database.CurrentTransaction is not null)
        {
            return await ChainInTransactionAsync(db, save, pending, ct);
        }

        var staged = pending.Select(e => (Event: e, Staged: StagedAuditEvent.From(e))).ToList();
        foreach (var (e, s) in staged)
        {
            e.At = AuditHash.Normalize(e.At);
            s.At = e.At;
        }

        db.StagedAuditEvents.AddRange(staged.Select(s => s.Staged));
        db.PendingAudit.Clear();
        int count;
        try
        {
            count = await save();
        }
        catch
        {
            foreach (var (_, s) in staged)
            {
                db.Entry(s).State = EntityState.Detached;
            }

            db.PendingAudit.AddRange(pending);
            throw;
        }

        foreach (var (_, s) in staged)
        {
            db.Entry(s).State = EntityState.Detached;
        }

        await SealTogetherAsync(db, save, staged.ToDictionary(s => s.Staged.Id, s => s.Event));
        return count;
    }

    /// <summary>
    /// Group sealing: a save whose events are committed joins the waiting list; the first one in becomes the leader
    /// and seals, round after round, everything staged until nobody is waiting, while the others just wait for the
    /// round that covered them. One lock hold and one commit serve every save that arrived meanwhile, instead of each
    /// running its own (mostly empty) sealing transaction in turn. A failed round leaves the events staged for the
    /// next save or the audit-seal job; the change itself is committed either way.
    /// </summary>
    private static async Task SealTogetherAsync(DasanDbContext db, Func<Task<int>> save, Dictionary<long, AuditEvent> own)
    {
        var group = GroupOf(db);
        var waiter = (Own: own, Done: new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (group.Gate)
        {
            group.Waiting.Add(waiter);
            lead = !group.Sealing;
            group.Sealing = true;
        }

        if (!lead)
        {
            await waiter.Done.Task;
            return;
        }

        while (true)
        {
            List<(Dictionary<long, AuditEvent> Own, TaskCompletionSource Done)> round;
            lock (group.Gate)
            {
                if (group.Waiting.Count == 0)
                {
                    group.Sealing = false;
                    return;
                }

                round = [.. group.Waiting];
                group.Waiting.Clear();
            }

            try
            {
                await SealAsync(db, save, round.SelectMany(w => w.Own).ToDictionary(), CancellationToken.None);
            }
            catch (Exception)
            {
                // Whatever failed (the database, the leader's cancelled request), the changes and their events are
                // committed: the events stay staged and are sealed later. Rethrowing would tell callers their save failed.
            }
            finally
            {
                foreach (var w in round)
                {
                    w.Done.TrySetResult();
                }
            }
        }
    }

    /// <summary>
    /// Moves staged events into the chain in staging order, in batches, each under the chain lock in its own
    /// transaction. Events in <paramref name="own"/> (staging id → the caller's event) are chained as those instances,
    /// so the caller sees their position and hash.
    /// </summary>
    public static async Task<int> SealAsync(DasanDbContext db, Func<Task<int>> save, IReadOnlyDictionary<long, AuditEvent> own, CancellationToken ct)
    {
        var sealedCount = 0;
        var processLock = GroupOf(db).ProcessLock;
        await processLock.WaitAsync(ct);
        try
        {
            while (true)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.LockAuditChainAsync(ct);
                var batch = await db.StagedAuditEvents.AsNoTracking().OrderBy(s => s.Id).Take(SealBatch).ToListAsync(ct);
                if (batch.Count == 0)
                {
                    await transaction.CommitAsync(ct);
                    return sealedCount;
                }

                var events = batch.Select(s => own.TryGetValue(s.Id, out var e) ? e : s.ToEvent()).ToList();
                await ChainAsync(db, events, ct);
                db.AuditEvents.AddRange(events);
                // Exactly the rows read: a save that commits meanwhile keeps its staged rows for the next batch.
                var ids = batch.Select(s => s.Id).ToList();
                await db.StagedAuditEvents.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(ct);
                try
                {
                    await save();
                }
                catch
                {
                    foreach (var e in events)
                    {
                        db.Entry(e).State = EntityState.Detached;
                    }

                    throw;
                }

                await transaction.CommitAsync(ct);
                sealedCount += batch.Count;
                if (batch.Count < SealBatch)
                {
                    return sealedCount;
                }
            }
        }
        finally
        {
            processLock.Release();
        }
    }

    /// <summary>
    /// Chains inside the caller's transaction under the database's chain lock (held until that transaction ends). No
    /// process lock here: a sealer holding it while waiting for the chain lock would wait on us forever, and the
    /// database lock (an advisory lock on PostgreSQL, the write lock of SQLite's immediate transaction) already
    /// serialises this append.
    /// </summary>
    private static async Task<int> ChainInTransactionAsync(DasanDbContext db, Func<Task<int>> save, List<AuditEvent> pending, CancellationToken ct)
    {
        await db.LockAuditChainAsync(ct);
        await ChainAsync(db, pending, ct);
        db.AuditEvents.AddRange(pending);
        db.PendingAudit.Clear();
        try
        {
            return await save();
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
    }

    /// <summary>Gives <paramref name="events"/> the next chain positions and hashes; the caller holds the chain lock.</summary>
    private static async Task ChainAsync(DasanDbContext db, List<AuditEvent> events, CancellationToken ct)
    {
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

        foreach (var e in events)
        {
            e.Id = ++id;
            e.At = AuditHash.Normalize(e.At);
            e.PrevHash = prev;
            e.Hash = AuditHash.Compute(e, key);
            prev = e.Hash;
        }
    }
}
