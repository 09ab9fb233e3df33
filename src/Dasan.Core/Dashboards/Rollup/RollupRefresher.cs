using System.Diagnostics;
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

    private const int DeleteBatch = 1000;

    private readonly RollupStatements _sql = new(db.RollupDialect);

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
            await db.Database.ExecuteSqlRawAsync("INSERT INTO dashboard_dirty_days (\"Day\") VALUES ({0})", [day], ct);
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
                await db.Database.ExecuteSqlRawAsync(lockSql, ct);
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
        var watch = Stopwatch.StartNew();
        var dirty = await db.DirtyDays.AsNoTracking().Select(d => d.Id).ToListAsync(ct);
        if (db.RollupDialect.BulkSettings is { } settings)
        {
            await ExecAsync(settings, ct);
        }

        var indexes = await db.Database.SqlQueryRaw<string>(db.RollupDialect.IndexDefinitions(RollupStatements.Table)).ToListAsync(ct);
        foreach (var create in indexes)
        {
            await ExecAsync("DROP INDEX " + IndexName(create), ct);
        }

        await ExecAsync(db.RollupDialect.Clear(RollupStatements.Table), ct);
        progress?.Report("dashboard roll-up: counting requests per day");
        await ExecAsync(_sql.DailyFull(ranged: false), ct);
        progress?.Report("dashboard roll-up: summing days per key");
        await LevelsAsync(RollupGrain.Day, null, ct);
        progress?.Report("dashboard roll-up: summing months");
        await ExecAsync(RollupStatements.MonthlyFull(ranged: false), ct);
        await LevelsAsync(RollupGrain.Month, null, ct);
        progress?.Report("dashboard roll-up: indexing");
        foreach (var create in indexes)
        {
            await ExecAsync(create, ct);
        }

        await DeleteDirtyAsync(dirty, ct);
        if (await db.Database.ExecuteSqlRawAsync("UPDATE settings SET \"Value\" = {0} WHERE \"Key\" = {1}", [Version, SettingKey], ct) == 0)
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO settings (\"Key\", \"Value\") VALUES ({0}, {1})", [SettingKey, Version], ct);
        }

        if (db.RollupDialect.Analyze(RollupStatements.Table) is { } analyze)
        {
            await ExecAsync(analyze, ct);
        }

        var rows = await db.DashboardRollups.CountAsync(ct);
        logger.LogInformation("Dashboard roll-up rebuilt: {Rows} rows in {Seconds:F1} s", rows, watch.Elapsed.TotalSeconds);
        progress?.Report($"dashboard roll-up: {rows:N0} rows rebuilt in {watch.Elapsed.TotalSeconds:F1} s");
    }

    private async Task RecountDirtyAsync(CancellationToken ct)
    {
        var dirty = await db.DirtyDays.AsNoTracking().ToListAsync(ct);
        var days = DayRanges.Merge(dirty.Select(d => (d.Day, d.Day.AddDays(1))), MergeGapDays);
        foreach (var (first, end) in days)
        {
            await ExecAsync(RollupStatements.Delete(RollupGrain.Day), ct, first, end);
            await ExecAsync(_sql.DailyFull(ranged: true), ct, SeoulDays.StartUtc(first), SeoulDays.StartUtc(end));
            await LevelsAsync(RollupGrain.Day, (first, end), ct);
        }

        foreach (var (first, end) in DayRanges.Merge(days.Select(DayRanges.Months), 0))
        {
            await ExecAsync(RollupStatements.Delete(RollupGrain.Month), ct, first, end);
            await ExecAsync(RollupStatements.MonthlyFull(ranged: true), ct, first, end);
            await LevelsAsync(RollupGrain.Month, (first, end), ct);
        }

        await DeleteDirtyAsync(dirty.Select(d => d.Id).ToList(), ct);
        logger.LogDebug("Dashboard roll-up recounted {Days} dirty days in {Ranges} ranges", dirty.Count, days.Count);
    }

    private async Task LevelsAsync(RollupGrain grain, (DateOnly First, DateOnly End)? range, CancellationToken ct)
    {
        foreach (var level in new[] { RollupLevel.Domain, RollupLevel.Department, RollupLevel.District })
        {
            var sql = RollupStatements.Level(grain, level, range is not null);
            await (range is { } r ? ExecAsync(sql, ct, r.First, r.End) : ExecAsync(sql, ct));
        }
    }

    private async Task DeleteDirtyAsync(List<long> ids, CancellationToken ct)
    {
        foreach (var batch in ids.Chunk(DeleteBatch))
        {
            await db.DirtyDays.Where(d => batch.Contains(d.Id)).ExecuteDeleteAsync(ct);
        }
    }

    /// <summary>The name in <c>CREATE [UNIQUE] INDEX name ON …</c>, as both databases report their index definitions.</summary>
    private static string IndexName(string create) =>
        System.Text.RegularExpressions.Regex.Match(create, @"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\S+)\s+ON\s",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase) is { Success: true } m
            ? m.Groups[1].Value
            : throw new InvalidOperationException("Unexpected index definition: " + create);

    private Task<int> ExecAsync(string sql, CancellationToken ct, params object[] parameters) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
}
