using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// Counts the whole roll-up again from the requests, in set-based SQL inside the caller's transaction: secondary
/// indexes dropped, days counted, keys and months summed, indexes created again, statistics refreshed.
/// </summary>
internal sealed partial class RollupRebuild(RollupWriter writer, IProgress<string>? progress)
{
    /// <summary>Returns the number of roll-up rows and the seconds the rebuild took.</summary>
    public async Task<(int Rows, double Seconds)> RunAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var db = writer.Db;
        var dirty = await db.DirtyPeriods.AsNoTracking().Select(d => d.Id).ToListAsync(ct);
        if (writer.Dialect.BulkSettings is { } settings)
        {
            await writer.ExecAsync(settings, ct);
        }

        var indexes = await db.Database.SqlQueryRaw<string>(writer.Dialect.IndexDefinitions(RollupStatements.Table)).ToListAsync(ct);
        foreach (var create in indexes)
        {
            await writer.ExecAsync("DROP INDEX " + IndexName(create), ct);
        }

        await writer.ExecAsync(writer.Dialect.Clear(RollupStatements.Table), ct);
        await StepAsync("counted requests per day", async () =>
        {
            await writer.ExecAsync(writer.Statements.DailyFull(ranged: false), ct);
            await AnalyzeAsync(ct); // without statistics of the new rows, the sums below are planned for a handful of rows
        });
        await StepAsync("summed days per key", () => writer.LevelsAsync(RollupGrain.Day, null, ct));
        await StepAsync("summed months", async () =>
        {
            await writer.ExecAsync(RollupStatements.MonthlyFull(ranged: false), ct);
            await writer.LevelsAsync(RollupGrain.Month, null, ct);
        });
        await StepAsync("indexed", async () =>
        {
            foreach (var create in indexes)
            {
                await writer.ExecAsync(create, ct);
            }

            await AnalyzeAsync(ct);
        });
        await writer.DeleteDirtyAsync(dirty, ct);
        if (await writer.ExecAsync("UPDATE settings SET \"Value\" = {0} WHERE \"Key\" = {1}", ct, RollupRefresher.Version, RollupRefresher.SettingKey) == 0)
        {
            await writer.ExecAsync("INSERT INTO settings (\"Key\", \"Value\") VALUES ({0}, {1})", ct, RollupRefresher.SettingKey, RollupRefresher.Version);
        }

        return (await db.DashboardRollups.CountAsync(ct), watch.Elapsed.TotalSeconds);
    }

    private async Task AnalyzeAsync(CancellationToken ct)
    {
        if (writer.Dialect.Analyze(RollupStatements.Table) is { } analyze)
        {
            await writer.ExecAsync(analyze, ct);
        }
    }

    private async Task StepAsync(string done, Func<Task> step)
    {
        var watch = Stopwatch.StartNew();
        await step();
        progress?.Report(string.Create(CultureInfo.InvariantCulture, $"dashboard roll-up: {done} in {watch.Elapsed.TotalSeconds:F1} s"));
    }

    /// <summary>The name in <c>CREATE [UNIQUE] INDEX name ON …</c>, as both databases report their index definitions.</summary>
    private static string IndexName(string create) =>
        CreateIndex().Match(create) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("Unexpected index definition: " + create);

    [GeneratedRegex(@"^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?(\S+)\s+ON\s", RegexOptions.IgnoreCase)]
    private static partial Regex CreateIndex();
}
