using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>
/// Takes the next value of a named counter row atomically (one upsert that increments), on either provider. Callers
/// that arrive while an upsert is under way are served together by the next one, which adds their number at once
/// (ADR 0325): one round trip, one commit and one hold of the row's lock for many intakes instead of one each, and
/// still no gaps beyond those a failed save leaves. Inside a caller's transaction the upsert is the caller's own, as
/// the row lock must then be held until that transaction ends. A waiting caller does not observe cancellation: its
/// wait is one upsert long (bounded by the command timeout), and leaving the queue early could strand the lead.
/// </summary>
public static class Counters
{
    private const string Upsert =
        "INSERT INTO counters (name, value) VALUES ({0}, {1}) ON CONFLICT (name) DO UPDATE SET value = counters.value + {1} RETURNING value AS \"Value\"";

    /// <summary>Waiting callers per database and counter name.</summary>
    private static readonly ConcurrentDictionary<(string Database, string Name), Group> Groups = new();

    public static async Task<long> NextAsync(DasanDbContext db, string name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is not null)
        {
            return await TakeAsync(db, name, 1, ct);
        }

        var group = Groups.GetOrAdd((db.Database.GetConnectionString() ?? string.Empty, name), _ => new Group());
        var mine = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (group.Gate)
        {
            group.Waiting.Add(mine);
            lead = !group.Taking;
            group.Taking = true;
        }

        if (!lead)
        {
            var value = await mine.Task;
            if (value != Lead)
            {
                return value;
            }

            // Handed the lead (and taken off the waiting list): this caller's number comes with the round it takes now.
            mine = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // This caller takes numbers for everyone waiting now (itself included), then hands the lead to a later arrival.
        List<TaskCompletionSource<long>> round;
        lock (group.Gate)
        {
            round = lead ? [.. group.Waiting] : [mine, .. group.Waiting];
            group.Waiting.Clear();
        }

        try
        {
            var top = await TakeAsync(db, name, round.Count, CancellationToken.None);
            for (var i = 0; i < round.Count; i++)
            {
                round[i].TrySetResult(top - round.Count + 1 + i);
            }
        }
        catch (Exception e)
        {
            round.ForEach(w => w.TrySetException(e));
        }
        finally
        {
            lock (group.Gate)
            {
                if (group.Waiting.Count > 0)
                {
                    group.Waiting[0].TrySetResult(Lead);
                    group.Waiting.RemoveAt(0);
                }
                else
                {
                    group.Taking = false;
                }
            }
        }

        return await mine.Task;
    }

    /// <summary>Takes <paramref name="count"/> values at once (one upsert) and returns the last of them.</summary>
    public static Task<long> NextBlockAsync(DasanDbContext db, string name, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return TakeAsync(db, name, count, ct);
    }

    private const long Lead = -1;

    private static async Task<long> TakeAsync(DasanDbContext db, string name, int count, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<long>(Upsert, name, count).ToListAsync(ct)).Single();

    private sealed class Group
    {
        public Lock Gate { get; } = new();
        public List<TaskCompletionSource<long>> Waiting { get; } = [];
        public bool Taking { get; set; }
    }
}
