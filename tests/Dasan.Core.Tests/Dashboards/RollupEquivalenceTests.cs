using Dasan.Core.Dashboards;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Data;
using Dasan.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>
/// The roll-up must give exactly the numbers the requests give: every dashboard query, for every dimension, filter
/// and kind of period, against a plain in-memory computation, after a first full build and after changes made
/// through EF Core (answers, closings, reassignments, overrides, deletions, new requests). Its 40 s start first, beside
/// the other tests instead of after them (ADR 0327).
/// </summary>
[Collection(Dasan.Testing.SlowFirstCollectionOrderer.Prefix + "roll-up equivalence")]
public class RollupEquivalenceTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Dashboards_WhenRequestsAreAddedChangedAndDeleted_EqualCountsOverTheRequests(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var random = new Random(20261125);
        RollupTestData data;
        await using (var ctx = db.NewContext())
        {
            ctx.Departments.AddRange(RollupTestData.NewDepartments());
            await ctx.SaveChangesAsync();
            data = new RollupTestData(random, await ctx.Departments.AsNoTracking().ToListAsync());
            await data.AddRequestsAsync(ctx, 2500, () => data.ReceivedAt());
        }

        await AssertEquivalentAsync(db, "after the first build", RollupScenarios.All());
        foreach (var (name, apply) in new RollupMutations(db.NewContext, data, random).Steps())
        {
            await apply();
            await using (var ctx = db.NewContext())
            {
                Assert.True(await ctx.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Day), $"{name}: changes through EF Core mark their days dirty");
            }

            await AssertEquivalentAsync(db, "after " + name, RollupScenarios.Quick());
        }

        await AssertEquivalentAsync(db, "after all changes, months read from their days", RollupScenarios.All());
        await using (var ctx = db.NewContext())
        {
            Assert.False(await ctx.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Day), "the queries recount the dirty days");
            Assert.True(await ctx.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Month), "and leave their months stale");
            await Refresher(ctx).RefreshAllAsync(null, CancellationToken.None);
            Assert.False(await ctx.DirtyPeriods.AnyAsync(), "a full refresh recounts the months too");
        }

        await AssertEquivalentAsync(db, "after the months were recounted", RollupScenarios.All());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rebuild_WhenRowsWereWrittenWithoutEfCore_CountsThemAndRecreatesTheIndexes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var random = new Random(7);
        await using (var ctx = db.NewContext())
        {
            ctx.Departments.AddRange(RollupTestData.NewDepartments());
            await ctx.SaveChangesAsync();
            var data = new RollupTestData(random, await ctx.Departments.AsNoTracking().ToListAsync());
            await data.AddRequestsAsync(ctx, 300, () => data.ReceivedAt());
            await Refresher(ctx).RefreshAsync(CancellationToken.None);
            await ctx.Requests.Where(r => r.Id % 3 == 0).ExecuteUpdateAsync(u => u.SetProperty(r => r.District, "도봉구"));
            var steps = new List<string>();
            await Refresher(ctx).RebuildAsync(new InlineProgress(steps.Add), CancellationToken.None);
            Assert.Contains(steps, s => s.Contains("rows rebuilt", StringComparison.Ordinal));
            var indexes = ctx.Model.FindEntityType(typeof(DashboardRollup))!.GetIndexes().Count();
            RollupDialect dialect = provider == "sqlite" ? Dasan.Storage.Sqlite.SqliteRollupDialect.Instance : Dasan.Storage.Postgres.PostgresRollupDialect.Instance;
            Assert.Equal(indexes, (await ctx.Database.SqlQueryRaw<string>(dialect.IndexDefinitions("dashboard_rollups")).ToListAsync()).Count);
        }

        await AssertEquivalentAsync(db, "after a rebuild", RollupScenarios.All());
    }

    internal static RollupRefresher Refresher(DasanDbContext ctx) => new(ctx, NullLogger<RollupRefresher>.Instance);

    private static async Task AssertEquivalentAsync(TestDatabase db, string phase, IEnumerable<(string Name, DashboardFilter Filter)> scenarios)
    {
        DashboardOracle oracle;
        await using (var ctx = db.NewContext())
        {
            oracle = new DashboardOracle(await ctx.Requests.AsNoTracking().ToListAsync(), await ctx.TriageSuggestions.AsNoTracking().ToListAsync());
        }

        foreach (var (name, filter) in scenarios)
        {
            await using var ctx = db.NewContext();
            var labels = new DashboardLabels(ctx);
            var volume = new VolumeQueries(ctx, labels, Refresher(ctx));
            foreach (var by in Enum.GetValues<DashboardDimension>())
            {
                var breakdown = await volume.BreakdownAsync(filter, by, CancellationToken.None);
                Same(oracle.Breakdown(filter, by), breakdown.Select(c => $"{c.Key ?? "-"} | {c.Count}"), $"{phase}, {name}, volume by {by}");
                var series = await volume.OverTimeAsync(filter, by, CancellationToken.None);
                Same(oracle.Series(filter, by), series.Select(p => $"{p.Bucket:yyyy-MM-dd} {p.Key ?? "-"} | {p.Count}"), $"{phase}, {name}, series by {by}");
            }

            var timing = await new TimingQueries(ctx, labels, Refresher(ctx)).TimingAsync(filter, CancellationToken.None);
            Same(oracle.Timing(filter), RollupScenarios.TimingLines(timing), $"{phase}, {name}, timing");
            var triage = await new TriageRateQueries(ctx, labels, Refresher(ctx)).RatesAsync(filter, CancellationToken.None);
            Same(oracle.Triage(filter), RollupScenarios.TriageLines(triage), $"{phase}, {name}, triage");
        }
    }

    private static void Same(List<string> expected, IEnumerable<string> actual, string context)
    {
        var lines = DashboardOracle.Lines(actual);
        expected = DashboardOracle.Lines(expected);
        if (!expected.SequenceEqual(lines))
        {
            var missing = expected.Except(lines).Take(5);
            var extra = lines.Except(expected).Take(5);
            Assert.Fail($"{context}: {expected.Count} expected lines, {lines.Count} returned; expected but missing [{string.Join("; ", missing)}], returned but wrong [{string.Join("; ", extra)}]");
        }
    }

    private sealed class InlineProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
