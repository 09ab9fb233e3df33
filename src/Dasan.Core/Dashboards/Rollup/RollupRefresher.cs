using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// Keeps <see cref="DashboardRollup"/> equal to what the requests say (ADR 0313). Dashboard queries call
/// <see cref="RefreshAsync"/>: it recounts the dirty days and leaves their months stale, to be read from their days;
/// the server's background refresh, start-up and the CLI call <see cref="RefreshAllAsync"/>, which recounts the
/// months too. Either rebuilds everything when the roll-up was never built or its definition changed. A refresh is
/// derived data, not a state change: it writes no audit event; a full rebuild logs its duration.
/// </summary>
public sealed class RollupRefresher(DasanDbContext db, ILogger<RollupRefresher> logger)
{
    public const string SettingKey = "dashboards.rollup";

    /// <summary>The roll-up's definition (columns, levels, buckets); a different stored value makes the next refresh rebuild.</summary>
    public const string Version = "1";

    /// <summary>Dirty days closer than this are recounted as one range (recounting a clean day is harmless).</summary>
    private const int MergeGapDays = 7;

    private readonly RollupWriter _writer = new(db);

    /// <summary>
    /// Recounts the dirty days and returns the months whose monthly rows are stale (read them from their days).
    /// Two small reads when nothing changed.
    /// </summary>
    public async Task<IReadOnlySet<DateOnly>> RefreshAsync(CancellationToken ct)
    {
        var pending = await db.DirtyPeriods.AsNoTracking().ToListAsync(ct);
        if (pending.Any(p => p.Grain == RollupGrain.Day) || !await IsCurrentAsync(ct))
        {
            await RefreshTogetherAsync(pending.Where(p => p.Grain == RollupGrain.Day).Select(p => (long?)p.Id).Max(), ct);
            pending = await db.DirtyPeriods.AsNoTracking().ToListAsync(ct);
        }

        return pending.Where(p => p.Grain == RollupGrain.Month).Select(p => p.Start).ToHashSet();
    }

    /// <summary>
    /// One day recount at a time per database in this process: a dashboard read that finds one running waits for it
    /// instead of queueing its own behind the lock. Under steady intake today is always dirty, and every read used to
    /// recount it in turn (issue 16: dashboard p50 over a second at 50 users). The waiter's figures are as fresh as
    /// the running recount's start, which is before the waiter arrived; if that recount fails, the waiter runs its own.
    /// </summary>
    private async Task RefreshTogetherAsync(long? seenUpTo, CancellationToken ct)
    {
        var key = db.Database.GetConnectionString() ?? string.Empty;
        TaskCompletionSource? mine = null;
        Task running;
        lock (Gate)
        {
            if (!Running.TryGetValue(key, out running!))
            {
                mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Running[key] = running = mine.Task;
            }
        }

        if (mine is null)
        {
            try
            {
                await running.WaitAsync(ct);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The running recount failed; recount here (next).
            }

            await InTransactionAsync(() => RefreshInTransactionAsync(months: false, null, ct, seenUpTo), ct);
            return;
        }

        try
        {
            await InTransactionAsync(() => RefreshInTransactionAsync(months: false, null, ct, seenUpTo), ct);
            mine.SetResult();
        }
        catch (Exception e)
        {
            mine.SetException(e);
            throw;
        }
        finally
        {
            lock (Gate)
            {
                Running.Remove(key);
            }
        }
    }

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Task> Running = new(StringComparer.Ordinal);

    /// <summary>Recounts the dirty days and the stale months, reporting the steps of a full rebuild if one is needed.</summary>
    public async Task RefreshAllAsync(IProgress<string>? progress, CancellationToken ct)
    {
        if (await IsCurrentAsync(ct) && !await db.DirtyPeriods.AnyAsync(ct))
        {
            return;
        }

        await InTransactionAsync(() => RefreshInTransactionAsync(months: true, progress, ct), ct);
    }

    /// <summary>Recounts everything from the requests, e.g. after a bulk load that bypassed EF Core.</summary>
    public Task RebuildAsync(IProgress<string>? progress, CancellationToken ct) =>
        InTransactionAsync(() => RebuildInTransactionAsync(progress, ct), ct);

    /// <summary>Marks days for recounting after writes that bypass EF Core's change tracker (raw SQL).</summary>
    public async Task MarkDirtyAsync(IEnumerable<DateOnly> days, CancellationToken ct)
    {
        foreach (var day in days.Distinct())
        {
            await _writer.ExecAsync(RollupStatements.MarkDirty(RollupGrain.Day), ct, day);
        }
    }

    private Task<bool> IsCurrentAsync(CancellationToken ct) => db.Settings.AnyAsync(s => s.Key == SettingKey && s.Value == Version, ct);

    private async Task InTransactionAsync(Func<Task> body, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (db.RollupDialect.Lock is { } lockSql)
            {
                await _writer.ExecAsync(lockSql, ct);
            }

            await body();
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Recounts under the roll-up lock. With <paramref name="seenUpTo"/> (the newest dirty day a dashboard read saw on
    /// arrival), a recount is skipped when every dirty day up to it is gone: another node recounted them while this one
    /// waited for the lock, after the read arrived, so its figures already cover everything the read must show. Under
    /// steady intake with several nodes, each read used to recount today again in turn behind the lock.
    /// </summary>
    private async Task RefreshInTransactionAsync(bool months, IProgress<string>? progress, CancellationToken ct, long? seenUpTo = null)
    {
        if (!await IsCurrentAsync(ct))
        {
            await RebuildInTransactionAsync(progress, ct);
            return;
        }

        if (seenUpTo is { } upTo && !await db.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Day && d.Id <= upTo, ct))
        {
            return;
        }

        var dirty = await db.DirtyPeriods.AsNoTracking().ToListAsync(ct);
        var days = DayRanges.Merge(dirty.Where(d => d.Grain == RollupGrain.Day).Select(d => (d.Start, d.Start.AddDays(1))), MergeGapDays);
        foreach (var (first, end) in days)
        {
            await _writer.ExecAsync(RollupStatements.Delete(RollupGrain.Day), ct, first, end);
            await _writer.ExecAsync(_writer.Statements.DailyFull(ranged: true), ct, SeoulDays.StartUtc(first), SeoulDays.StartUtc(end));
            await _writer.LevelsAsync(RollupGrain.Day, (first, end), ct);
        }

        var stale = days.SelectMany(DayRanges.MonthsOf).Union(dirty.Where(d => d.Grain == RollupGrain.Month).Select(d => d.Start)).ToHashSet();
        if (months)
        {
            foreach (var (first, end) in DayRanges.Merge(stale.Select(m => (m, m.AddMonths(1))), 0))
            {
                await _writer.ExecAsync(RollupStatements.Delete(RollupGrain.Month), ct, first, end);
                await _writer.ExecAsync(RollupStatements.MonthlyFull(ranged: true), ct, first, end);
                await _writer.LevelsAsync(RollupGrain.Month, (first, end), ct);
            }
        }
        else
        {
            foreach (var month in stale.Except(dirty.Where(d => d.Grain == RollupGrain.Month).Select(d => d.Start)))
            {
                await _writer.ExecAsync(RollupStatements.MarkDirty(RollupGrain.Month), ct, month);
            }
        }

        await _writer.DeleteDirtyAsync(dirty.Where(d => months || d.Grain == RollupGrain.Day).Select(d => d.Id).ToList(), ct);
        logger.LogDebug("Dashboard roll-up recounted {Days} day ranges and {Months} months", days.Count, months ? stale.Count : 0);
    }

    private async Task RebuildInTransactionAsync(IProgress<string>? progress, CancellationToken ct)
    {
        var (rows, seconds) = await new RollupRebuild(_writer, progress).RunAsync(ct);
        logger.LogInformation("Dashboard roll-up rebuilt: {Rows} rows in {Seconds:F1} s", rows, seconds);
        progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dashboard roll-up: {rows:N0} rows rebuilt in {seconds:F1} s"));
    }
}
