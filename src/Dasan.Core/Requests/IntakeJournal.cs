using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Core.Requests;

/// <summary>
/// Appends acknowledged requests to the intake journal with group commit (ADR 0328): callers queue their entry, one
/// writer per process takes everything queued, allocates the batch's tracking numbers in one counter upsert (its own
/// commit: a batch that then fails leaves a gap in the numbers, nothing else) and inserts the entries in one multi-row
/// INSERT, then answers each caller. Two round trips serve every intake that arrived meanwhile. A caller is answered
/// only after the INSERT has committed: an acknowledged request is on disk; a failed batch fails every caller in it.
/// </summary>
public sealed class IntakeJournal(IServiceScopeFactory scopes) : IAsyncDisposable
{
    /// <summary>The most entries one commit takes.</summary>
    public const int BatchMax = 500;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private Task? writer;

    /// <summary>Raised after a batch commits, so this node's worker can start at once instead of at its next poll.</summary>
    public event Action? Appended;

    /// <summary>Stores the entry (its tracking number is given here) and returns it once committed.</summary>
    public Task<JournaledRequest> AppendAsync(JournaledRequest entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (gate)
        {
            if (writer is null)
            {
                // The writer outlives the request that starts it: it must not carry that request's culture, scopes or activity.
                using (ExecutionContext.SuppressFlow())
                {
                    writer = Task.Run(WriteAsync);
                }
            }
        }

        var pending = new Pending(entry, new TaskCompletionSource<JournaledRequest>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The intake journal is closed (the server is stopping).");
        }

        return pending.Done.Task;
    }

    private async Task WriteAsync()
    {
        var batch = new List<Pending>(BatchMax);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < BatchMax && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await CommitAsync(batch);
                batch.ForEach(p => p.Done.TrySetResult(p.Entry));
            }
            catch (Exception e)
            {
                batch.ForEach(p => p.Done.TrySetException(e));
            }

            try
            {
                Appended?.Invoke();
            }
            catch (Exception)
            {
                // A listener's failure must never stop the writer (every later intake would wait forever); workers also poll.
            }
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        // Numbers come from the same per-year counter as every other intake, a block per year in the batch.
        foreach (var year in batch.GroupBy(p => TrackingNumberAllocator.YearOf(p.Entry.ReceivedAt)))
        {
            var last = await Counters.NextBlockAsync(db, "tracking-" + year.Key.ToString(CultureInfo.InvariantCulture), year.Count(), CancellationToken.None);
            var next = last - year.Count() + 1;
            foreach (var p in year)
            {
                p.Entry.TrackingNumber = TrackingNumberAllocator.Format(year.Key, next++);
            }
        }

        await InsertAsync(db, batch);
    }

    /// <summary>
    /// One multi-row INSERT through the context's connection, valid on both providers: EF Core's change tracking cost
    /// about as much CPU per entry as the rest of the insert (perf, ADR 0328).
    /// </summary>
    private static async Task InsertAsync(DasanDbContext db, List<Pending> batch)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            var sql = new StringBuilder(
                "INSERT INTO intake_journal (\"TrackingNumber\", \"Channel\", \"ActorKind\", \"ActorName\", \"SenderKeyId\", \"Submission\", \"ReceivedAt\", \"Attempts\") VALUES ");
            for (var i = 0; i < batch.Count; i++)
            {
                var e = batch[i].Entry;
                sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@t{i}, @c{i}, @k{i}, @n{i}, @i{i}, @s{i}, @r{i}, 0)");
                Add(command, $"@t{i}", e.TrackingNumber);
                Add(command, $"@c{i}", e.Channel.ToString());
                Add(command, $"@k{i}", e.ActorKind.ToString());
                Add(command, $"@n{i}", e.ActorName);
                Add(command, $"@i{i}", (object?)e.SenderKeyId ?? DBNull.Value);
                Add(command, $"@s{i}", e.Submission);
                Add(command, $"@r{i}", e.ReceivedAt);
            }

            command.CommandText = sql.ToString();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? 30;
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        if (writer is not null)
        {
            await writer;
        }
    }

    private sealed record Pending(JournaledRequest Entry, TaskCompletionSource<JournaledRequest> Done);
}
