using System.Collections.Concurrent;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Storage;

/// <summary>Counters hand out every value once, also when many callers are served by one grouped upsert (ADR 0325).</summary>
public class CounterTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Next_WhenManyCallersArriveAtOnce_HandsOutEachValueExactlyOnceWithoutGaps(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var values = new ConcurrentBag<long>();
        var contexts = Enumerable.Range(0, 200).Select(_ => db.NewContext()).ToList();
        await Task.WhenAll(contexts.Select(ctx => Task.Run(async () => values.Add(await Counters.NextAsync(ctx, "test-burst", CancellationToken.None)))));
        foreach (var ctx in contexts)
        {
            await ctx.DisposeAsync();
        }

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), values.Order());
        await using var read = db.NewContext();
        Assert.Equal(200, await read.Database.SqlQueryRaw<long>("SELECT value AS \"Value\" FROM counters WHERE name = 'test-burst'").SingleAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Next_InsideATransactionThatRollsBack_GivesTheValueBack(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var ctx = db.NewContext())
        {
            Assert.Equal(1, await Counters.NextAsync(ctx, "test-tx", CancellationToken.None));
            await using var tx = await ctx.Database.BeginTransactionAsync();
            Assert.Equal(2, await Counters.NextAsync(ctx, "test-tx", CancellationToken.None));
            await tx.RollbackAsync();
        }

        await using var next = db.NewContext();
        Assert.Equal(2, await Counters.NextAsync(next, "test-tx", CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Next_WhenTheDatabaseFails_FailsEveryCallerOfThatRoundAndTheNextCallerStillGetsAValue(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var drop = db.NewContext())
        {
            await drop.Database.ExecuteSqlRawAsync("ALTER TABLE counters RENAME TO counters_away");
        }

        var contexts = Enumerable.Range(0, 20).Select(_ => db.NewContext()).ToList();
        var attempts = contexts.Select(ctx => Task.Run(() => Counters.NextAsync(ctx, "test-fail", CancellationToken.None))).ToList();
        foreach (var attempt in attempts)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => attempt);
        }

        await using (var back = db.NewContext())
        {
            await back.Database.ExecuteSqlRawAsync("ALTER TABLE counters_away RENAME TO counters");
        }

        await using var after = db.NewContext();
        Assert.Equal(1, await Counters.NextAsync(after, "test-fail", CancellationToken.None));
        foreach (var ctx in contexts)
        {
            await ctx.DisposeAsync();
        }
    }
}
