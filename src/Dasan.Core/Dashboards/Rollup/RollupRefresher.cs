using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// Keeps <see cref="DashboardRollup"/> equal to what the requests say (ADR 0313): recounts the dirty days and their
/// months, or everything when the roll-up was never built or its definition changed. A refresh is derived data, not
/// a state change: it writes no audit event; a full rebuild logs its duration.
/// </summary>
public sealed class RollupRefresher(DasanDbContext db, ILogger<RollupRefresher> logger)
{
    public const string SettingKey = "dashboards.rollup";

    /// <summary>The roll-up's definition (columns, levels, buckets); a different stored value makes the next refresh rebuild.</summary>
    public const string Version = "1";

    /// <summary>Dirty days closer than this are recounted as one range (recounting a clean day is harmless).</summary>
    private const int MergeGapDays = 7;

    private readonly RollupWriter _writer = new(db);

    /// <summary>Brings the roll-up up to date. Two small reads when nothing changed since the last refresh.</summary>
    public Task RefreshAsync(CancellationToken ct) => RefreshAsync(null, ct);

    /// <summary>Brings the roll-up up to date, reporting the steps of a full rebuild if one is needed.</summary>
    public async Task RefreshAsync(IProgress<string>? progress, CancellationToken ct)
    {
        if (await IsCurrentAsync(ct) && !await db.DirtyDays.AnyAsync(ct))
        {
            return;
        }

        await InTransactionAsync(async () =>
        {
            if (await IsCurrentAsync(ct))
            {
                await RecountDirtyAsync(ct);
            }
            else
            {
                await RebuildInTransactionAsync(progress, ct);
            }
        }, ct);
    }

    /// <summary>Recounts everything from the requests, e.g. after a bulk load that bypassed EF Core.</summary>
    public Task RebuildAsync(IProgress<string>? progress, CancellationToken ct) =>
        InTransactionAsync(() => RebuildInTransactionAsync(progress, ct), ct);

    /// <summary>Marks days for recounting after writes that bypass EF Core's change tracker (raw SQL).</summary>
    public async Task MarkDirtyAsync(IEnumerable<DateOnly> days, CancellationToken ct)
    {
        foreach (var day in days.Distinct())
        {
            await _writer.ExecAsync("INSERT INTO dashboard_dirty_days (\"Day\") VALUES ({0})", ct, day);
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

    private async Task RebuildInTransactionAsync(IProgress<string>? progress, CancellationToken ct)
    {
        var (rows, seconds) = await new RollupRebuild(_writer, progress).RunAsync(ct);
        logger.LogInformation("Dashboard roll-up rebuilt: {Rows} rows in {Seconds:F1} s", rows, seconds);
        progress?.Report(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"dashboard roll-up: {rows:N0} rows rebuilt in {seconds:F1} s"));
    }

    private async Task RecountDirtyAsync(CancellationToken ct)
    {
        var dirty = await db.DirtyDays.AsNoTracking().ToListAsync(ct);
        var days = DayRanges.Merge(dirty.Select(d => (d.Day, d.Day.AddDays(1))), MergeGapDays);
        foreach (var (first, end) in days)
        {
            await _writer.ExecAsync(RollupStatements.Delete(RollupGrain.Day), ct, first, end);
            await _writer.ExecAsync(_writer.Statements.DailyFull(ranged: true), ct, SeoulDays.StartUtc(first), SeoulDays.StartUtc(end));
            await _writer.LevelsAsync(RollupGrain.Day, (first, end), ct);
        }

        foreach (var (first, end) in DayRanges.Merge(days.Select(DayRanges.Months), 0))
        {
            await _writer.ExecAsync(RollupStatements.Delete(RollupGrain.Month), ct, first, end);
            await _writer.ExecAsync(RollupStatements.MonthlyFull(ranged: true), ct, first, end);
            await _writer.LevelsAsync(RollupGrain.Month, (first, end), ct);
        }

        await _writer.DeleteDirtyAsync(dirty.Select(d => d.Id).ToList(), ct);
        logger.LogDebug("Dashboard roll-up recounted {Days} dirty days in {Ranges} ranges", dirty.Count, days.Count);
    }
}
