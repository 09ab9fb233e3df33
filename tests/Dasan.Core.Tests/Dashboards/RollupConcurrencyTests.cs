using Dasan.Core.Dashboards;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>Many dashboard reads at once while requests change: one recount runs, the others wait for it, and every read is right.</summary>
public class RollupConcurrencyTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DashboardReads_WhenManyArriveWhileDaysAreDirty_AllSucceedAndEqualTheRequests(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var random = new Random(1204);
        RollupTestData data;
        await using (var ctx = db.NewContext())
        {
            ctx.Departments.AddRange(RollupTestData.NewDepartments());
            await ctx.SaveChangesAsync();
            data = new RollupTestData(random, await ctx.Departments.AsNoTracking().ToListAsync());
            await data.AddRequestsAsync(ctx, 400, () => data.ReceivedAt());
            await RollupEquivalenceTests.Refresher(ctx).RefreshAllAsync(null, CancellationToken.None);
            await data.AddRequestsAsync(ctx, 60, () => data.ReceivedAt());
            Assert.True(await ctx.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Day));
        }

        var filter = RollupScenarios.All().First().Filter;
        var results = new System.Collections.Concurrent.ConcurrentBag<List<string>>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 16), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await using var ctx = db.NewContext();
            var volume = new VolumeQueries(ctx, new DashboardLabels(ctx), RollupEquivalenceTests.Refresher(ctx));
            var rows = await volume.BreakdownAsync(filter, DashboardDimension.District, ct);
            results.Add(DashboardOracle.Lines(rows.Select(c => $"{c.Key ?? "-"} | {c.Count}")));
        });

        await using (var ctx = db.NewContext())
        {
            var oracle = new DashboardOracle(await ctx.Requests.AsNoTracking().ToListAsync(), await ctx.TriageSuggestions.AsNoTracking().ToListAsync());
            var expected = oracle.Breakdown(filter, DashboardDimension.District);
            Assert.NotEmpty(expected);
            Assert.Equal(16, results.Count);
            Assert.All(results, r => Assert.Equal(expected, r));
            Assert.False(await ctx.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Day), "the dirty days were recounted");
        }
    }
}
