using Dasan.Core.Access;
using Dasan.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Storage;

/// <summary>Audit events are staged with their change and sealed into the chain after commit (ADR 0322).</summary>
public class AuditSealingTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Save_WhenItCommits_SealsItsEventsAndHandsBackTheirChainPosition(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var ctx = db.NewContext();
        var trail = new AuditTrail(ctx, TimeProvider.System);
        trail.Record(Actor.System, "test.first", "test", "1");
        await ctx.SaveChangesAsync();
        var recorded = await ctx.AuditEvents.AsNoTracking().SingleAsync(a => a.Action == "test.first");
        Assert.True(recorded.Id > 0);
        Assert.Equal(64, recorded.Hash.Length);
        Assert.Equal(0, await ctx.StagedAuditEvents.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StagedEvents_LeftByACrashedSave_AreSealedFirstByTheNextSaveOrTheSealer(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var crashed = db.NewContext())
        {
            // What a process killed between its commit and its seal leaves behind: committed, staged, unchained.
            crashed.StagedAuditEvents.Add(new StagedAuditEvent { At = TimeProvider.System.GetUtcNow().UtcDateTime, Actor = "system", Action = "test.orphan", EntityType = "test", EntityId = "가" });
            await crashed.SaveChangesAsync();
        }

        await using (var next = db.NewContext())
        {
            new AuditTrail(next, TimeProvider.System).Record(Actor.System, "test.next", "test", "나");
            await next.SaveChangesAsync();
        }

        await using (var check = db.NewContext())
        {
            var actions = await check.AuditEvents.AsNoTracking().Where(a => a.EntityType == "test").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["test.orphan", "test.next"], actions);
            Assert.Equal(0, await check.StagedAuditEvents.CountAsync());
            check.StagedAuditEvents.Add(new StagedAuditEvent { At = TimeProvider.System.GetUtcNow().UtcDateTime, Actor = "system", Action = "test.orphan2", EntityType = "test" });
            await check.SaveChangesAsync();
        }

        await using (var sealer = db.NewContext())
        {
            Assert.Equal(1, await sealer.SealAuditAsync());
            Assert.Equal(0, await sealer.SealAuditAsync());
            var result = await AuditChainVerifier.VerifyAsync(sealer, null, CancellationToken.None);
            Assert.True(result.Valid, result.Problem);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saves_WithAndWithoutTheirOwnTransaction_RunningTogether_MakeOneChainAndNeverDeadlock(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var run = Parallel.ForEachAsync(Enumerable.Range(0, 60), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await using var ctx = db.NewContext();
            var trail = new AuditTrail(ctx, TimeProvider.System);
            if (i % 3 == 0)
            {
                // A service that saves twice in one transaction (as pilots do): its events chain inside that transaction.
                await using var tx = await ctx.Database.BeginTransactionAsync(ct);
                trail.Record(Actor.System, "test.tx", "test", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await ctx.SaveChangesAsync(ct);
                trail.Record(Actor.System, "test.tx2", "test", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await ctx.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            else
            {
                trail.Record(Actor.System, "test.plain", "test", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await ctx.SaveChangesAsync(ct);
            }
        });
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2))));
        await run;
        await using var check = db.NewContext();
        var result = await AuditChainVerifier.VerifyAsync(check, null, CancellationToken.None);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(80, await check.AuditEvents.CountAsync(a => a.EntityType == "test"));
        Assert.Equal(0, await check.StagedAuditEvents.CountAsync());
    }
}
