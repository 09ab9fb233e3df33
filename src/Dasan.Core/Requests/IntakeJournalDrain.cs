using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dasan.Core.Requests;

/// <summary>
/// Turns journal entries into triaged requests (ADR 0328). Any number of nodes drain at once: each leases a batch of
/// the oldest entries (PostgreSQL skips rows another node is leasing) and stores each as a request in its own save,
/// which deletes the entry. A failure counts an attempt and keeps its error; the entry is tried again once its lease
/// runs out, the last time with the plain triage-desk placement (no AI), and only if that fails too is it set aside
/// for an administrator (<see cref="RetrySetAsideAsync"/>). A node that dies or stops mid-batch leaves its leased
/// entries to others after <see cref="Lease"/>; one that stops cleanly hands back those it had not tried.
/// </summary>
public sealed class IntakeJournalDrain(IServiceScopeFactory scopes, ReferenceCache reference, TimeProvider clock, ILogger<IntakeJournalDrain> log)
{
    public const int MaxAttempts = 5;

    /// <summary>Leases after which an entry that never recorded a failure (it hung or killed its worker) is set aside.</summary>
    public const int MaxLeases = 20;

    public const int BatchSize = 40;

    /// <summary>
    /// Entries of a batch stored at once, each in its own scope and save: one at a time a node stored about 80 a second,
    /// waiting on round trips rather than the CPU.
    /// </summary>
    public const int Parallelism = 4;

    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>Stores one leased batch; returns how many entries it took (0 when none is waiting).</summary>
    public async Task<int> DrainBatchAsync(CancellationToken ct)
    {
        List<JournaledRequest> batch;
        List<long> ids;
        DateTime until;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            (ids, until) = await LeaseAsync(db, ct);
            if (ids.Count == 0)
            {
                return 0;
            }

            batch = await db.IntakeJournal.AsNoTracking().Where(j => ids.Contains(j.Id)).OrderBy(j => j.Id).ToListAsync(CancellationToken.None);
        }

        var untried = new HashSet<long>(batch.Select(e => e.Id));
        try
        {
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (entry, token) =>
            {
                lock (untried)
                {
                    untried.Remove(entry.Id);
                }

                await StoreAsync(entry, token);
            });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping: the entries not tried go back at once rather than after their lease, uncounted, unless another
            // node has leased them since (this batch outlived its lease).
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            await db.IntakeJournal.Where(j => untried.Contains(j.Id) && j.LeasedUntil == until)
                .ExecuteUpdateAsync(u => u.SetProperty(j => j.LeasedUntil, (DateTime?)null).SetProperty(j => j.Leases, j => j.Leases - 1), CancellationToken.None);
            throw;
        }

        return batch.Count;
    }

    /// <summary>Stores batches until the journal has nothing left to lease; returns how many entries were taken.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var total = 0;
        int taken;
        while ((taken = await DrainBatchAsync(ct)) > 0)
        {
            total += taken;
        }

        return total;
    }

    /// <summary>Whether an entry is set aside for an administrator (failed <see cref="MaxAttempts"/> times, or leased <see cref="MaxLeases"/> times).</summary>
    public static System.Linq.Expressions.Expression<Func<JournaledRequest, bool>> SetAside { get; } =
        j => j.Attempts >= MaxAttempts || j.Leases >= MaxLeases;

    /// <summary>The tracking numbers of the entries set aside, after giving them a new round of attempts.</summary>
    public static async Task<List<string>> RetrySetAsideAsync(DasanDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var numbers = await db.IntakeJournal.Where(SetAside).Select(j => j.TrackingNumber).ToListAsync(ct);
        await db.IntakeJournal.Where(j => numbers.Contains(j.TrackingNumber))
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.Attempts, 0).SetProperty(j => j.Leases, 0).SetProperty(j => j.LeasedUntil, (DateTime?)null), ct);
        return numbers;
    }

    private async Task<(List<long> Ids, DateTime Until)> LeaseAsync(DasanDbContext db, CancellationToken ct)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            // By the database's clock, the one every node shares: a node whose clock runs ahead cannot take a live lease, nor one
            // behind keep a dead node's entries waiting. Rows another node is leasing at this moment are skipped, not waited for.
            var leased = await db.Database.SqlQueryRaw<JournalLease>(
                "UPDATE intake_journal SET \"LeasedUntil\" = now() + make_interval(secs => {0}), \"Leases\" = \"Leases\" + 1 WHERE \"Id\" IN (" +
                "SELECT \"Id\" FROM intake_journal WHERE (\"LeasedUntil\" IS NULL OR \"LeasedUntil\" < now()) AND \"Attempts\" < {1} AND \"Leases\" < {2} " +
                "ORDER BY \"Id\" LIMIT {3} FOR UPDATE SKIP LOCKED) RETURNING \"Id\", \"LeasedUntil\"",
                Lease.TotalSeconds, MaxAttempts, MaxLeases, BatchSize).ToListAsync(ct);
            return (leased.ConvertAll(l => l.Id), leased.Count == 0 ? default : leased[0].LeasedUntil);
        }

        // SQLite serves one node (one writer, no SKIP LOCKED): the node's own clock. To the microsecond, as PostgreSQL would
        // keep it, so that a stopping node can find its own lease again.
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Lease;
        until = new DateTime(until.Ticks - until.Ticks % 10, DateTimeKind.Utc);
        var sql = "UPDATE intake_journal SET \"LeasedUntil\" = {0}, \"Leases\" = \"Leases\" + 1 WHERE \"Id\" IN (SELECT \"Id\" FROM intake_journal " +
            "WHERE (\"LeasedUntil\" IS NULL OR \"LeasedUntil\" < {1}) AND \"Attempts\" < {2} AND \"Leases\" < {3} ORDER BY \"Id\" LIMIT {4}) RETURNING \"Id\" AS \"Value\"";
        return (await db.Database.SqlQueryRaw<long>(sql, until, now, MaxAttempts, MaxLeases, BatchSize).ToListAsync(ct), until);
    }

    private async Task StoreAsync(JournaledRequest entry, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<RequestIntake>();
            // The last attempt does without the AI: a request on the triage desk's queue beats one stuck in the journal.
            var plain = entry.Attempts >= MaxAttempts - 1 ? new TriageDeskPlacement(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), reference) : null;
            await intake.MaterialiseAsync(entry, AcceptedIntake.Read(entry), plain, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            if (await db.Requests.AnyAsync(r => r.TrackingNumber == entry.TrackingNumber, CancellationToken.None))
            {
                // Another worker stored it after this one's lease ran out: nothing to do (its save deleted the entry).
                return;
            }

            var error = e.GetType().Name + ": " + e.Message;
            log.LogWarning(e, "Could not store journaled request {TrackingNumber} (attempt {Attempt} of {Max}).", entry.TrackingNumber, entry.Attempts + 1, MaxAttempts);
            await db.IntakeJournal.Where(j => j.Id == entry.Id).ExecuteUpdateAsync(u => u
                .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                .SetProperty(j => j.LastError, error.Length > 2000 ? error[..2000] : error), CancellationToken.None);
        }
    }
}
