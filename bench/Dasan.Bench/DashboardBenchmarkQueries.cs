using Dasan.Core.Dashboards;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Storage.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Bench;

/// <summary>The dashboard's queries as the page runs them (the real services on a fresh context), returning their row counts.</summary>
internal static class DashboardBenchmarkQueries
{
    public static IEnumerable<(string Name, Func<PostgresDasanDbContext, DashboardFilter, Task<int>> Run)> All(DateTime now)
    {
        foreach (var by in Enum.GetValues<DashboardDimension>())
        {
            var key = by.ToString().ToLowerInvariant();
            yield return ("volume " + key, async (db, f) => (await new VolumeQueries(db, new DashboardLabels(db), Rollup(db)).BreakdownAsync(f, by, default)).Count);
            yield return ("series " + key, async (db, f) => (await new VolumeQueries(db, new DashboardLabels(db), Rollup(db)).OverTimeAsync(f, by, default)).Count);
        }

        yield return ("backlog", async (db, f) => (await new BacklogQueries(db, new DashboardLabels(db)).BacklogAsync(f, now, default)).Count);
        yield return ("timing", async (db, f) => (await new TimingQueries(db, new DashboardLabels(db), Rollup(db)).TimingAsync(f, default)).Count);
        yield return ("triage rates", async (db, f) => (await new TriageRateQueries(db, new DashboardLabels(db), Rollup(db)).RatesAsync(f, default)).Count);
    }

    public static RollupRefresher Rollup(PostgresDasanDbContext db) => new(db, NullLogger<RollupRefresher>.Instance);
}
