using Dasan.Core.Dashboards;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Tests.Storage;
using Dasan.Storage.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>
/// ADR 0325: a dashboard read waiting for the roll-up lock while another node recounts the days it saw dirty does not
/// recount them again, and still reads figures that equal the requests; when the lock's holder recounted nothing, the
/// read recounts.
/// </summary>
public class RollupSkipTests
{
    [SkippableFact]
    public async Task Read_WhenAnotherNodeRecountsItsDirtyDaysWhileItWaits_SkipsItsRecountAndIsRight()
    {
        Skip.IfNot(TestDatabase.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var db = await CountedThenChangedAsync(1205);

        // "Another node" holds the roll-up lock first.
        await using var other = db.NewContext();
        await using var transaction = await other.Database.BeginTransactionAsync();
        await other.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresRollupDialect.RollupLockKey})");

        await using var readerContext = db.NewContext();
        var log = new RecordingLogger();
        var reading = Task.Run(() => new RollupRefresher(readerContext, log).RefreshAsync(CancellationToken.None));
        await WaitUntilBlockedAsync(db);
        Assert.False(reading.IsCompleted, "the read waits for the lock");
        await new RollupRefresher(other, NullLogger<RollupRefresher>.Instance).RefreshAllAsync(null, CancellationToken.None);
        await transaction.CommitAsync();
        await reading;

        Assert.DoesNotContain(log.Messages, m => m.Contains("recounted", StringComparison.Ordinal));
        await AssertNothingDirtyAndFiguresRightAsync(db);
    }

    [SkippableFact]
    public async Task Read_WhenTheNodeHoldingTheLockDidNotRecountWhatItSaw_RecountsAndIsRight()
    {
        Skip.IfNot(TestDatabase.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var db = await CountedThenChangedAsync(1206);

        // "Another node" holds the roll-up lock, then lets go without recounting (a job that read the roll-up only).
        await using var other = db.NewContext();
        await using var transaction = await other.Database.BeginTransactionAsync();
        await other.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresRollupDialect.RollupLockKey})");
        await using var readerContext = db.NewContext();
        var log = new RecordingLogger();
        var reading = Task.Run(() => new RollupRefresher(readerContext, log).RefreshAsync(CancellationToken.None));
        await WaitUntilBlockedAsync(db);
        Assert.False(reading.IsCompleted, "the read waits for the lock");
        await transaction.CommitAsync();
        await reading;

        Assert.Contains(log.Messages, m => m.Contains("recounted", StringComparison.Ordinal));
        await AssertNothingDirtyAndFiguresRightAsync(db);
    }

    /// <summary>A roll-up counted over 200 requests, then 30 more requests that leave their days dirty.</summary>
    private static async Task<TestDatabase> CountedThenChangedAsync(int seed)
    {
        var db = await TestDatabase.CreateAsync("postgres");
        await using var ctx = db.NewContext();
        ctx.Departments.AddRange(RollupTestData.NewDepartments());
        await ctx.SaveChangesAsync();
        var data = new RollupTestData(new Random(seed), await ctx.Departments.AsNoTracking().ToListAsync());
        await data.AddRequestsAsync(ctx, 200, () => data.ReceivedAt());
        await RollupEquivalenceTests.Refresher(ctx).RefreshAllAsync(null, CancellationToken.None);
        await data.AddRequestsAsync(ctx, 30, () => data.ReceivedAt());
        return db;
    }

    /// <summary>Waits (up to 10 s) until some session waits for an advisory lock: the read queued behind the holder.</summary>
    private static async Task WaitUntilBlockedAsync(TestDatabase db)
    {
        await using var probe = db.NewContext();
        for (var i = 0; i < 200 && await probe.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").SingleAsync() == 0; i++)
        {
            await Task.Delay(50);
        }
    }

    private static async Task AssertNothingDirtyAndFiguresRightAsync(TestDatabase db)
    {
        await using var check = db.NewContext();
        Assert.False(await check.DirtyPeriods.AnyAsync(d => d.Grain == RollupGrain.Day));
        var filter = RollupScenarios.All().First().Filter;
        var oracle = new DashboardOracle(await check.Requests.AsNoTracking().ToListAsync(), await check.TriageSuggestions.AsNoTracking().ToListAsync());
        var rows = await new VolumeQueries(check, new DashboardLabels(check), RollupEquivalenceTests.Refresher(check)).BreakdownAsync(filter, DashboardDimension.District, CancellationToken.None);
        Assert.Equal(oracle.Breakdown(filter, DashboardDimension.District), DashboardOracle.Lines(rows.Select(c => $"{c.Key ?? "-"} | {c.Count}")));
    }

    private sealed class RecordingLogger : ILogger<RollupRefresher>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Messages)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }
}
