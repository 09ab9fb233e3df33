using System.Globalization;
using System.Security.Cryptography;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Storage;

/// <summary>Issue 15: someone with write access to the database can neither re-hash the chain nor cut its end unseen.</summary>
public sealed class KeyedAuditChainTests
{
    private static readonly AuditKey Key = new(RandomNumberGenerator.GetBytes(32));

    private static async Task AppendAsync(TestDatabase db, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await using var ctx = db.NewContext();
            new AuditTrail(ctx, TimeProvider.System).Record(Actor.System, "test.step", "test", i.ToString(CultureInfo.InvariantCulture), null, new { i });
            await ctx.SaveChangesAsync();
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_WhenAnEventIsRewrittenAndTheChainReHashedWithoutTheKey_FindsTheRewrite(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Key);
        await AppendAsync(db, 8);
        await using (var attacker = db.NewContext())
        {
            // Edit event 4, then recompute every later hash the way the unkeyed chain did: valid SHA-256 all along.
            var events = await attacker.AuditEvents.OrderBy(a => a.Id).ToListAsync();
            var prev = events[2].Hash;
            foreach (var e in events.Skip(3))
            {
                if (e.Id == 4)
                {
                    e.Actor = "someone-else";
                }

                e.PrevHash = prev;
                e.Hash = AuditHash.Compute(e);
                prev = e.Hash;
            }

            await attacker.SaveChangesAsync();
        }

        await using var check = db.NewContext();
        var result = await AuditChainVerifier.VerifyAsync(check, null, CancellationToken.None);
        Assert.False(result.Valid);
        Assert.Equal(4, result.BrokenAt);
        Assert.Equal(1, result.KeyedFrom);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_WhenNewestEventsAreDeleted_OnlyTheSignedHeadShowsIt(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, Key);
        await AppendAsync(db, 6);
        AuditHead head;
        await using (var ctx = db.NewContext())
        {
            head = await AuditChainVerifier.HeadAsync(ctx, new DateTime(2026, 12, 4, 1, 0, 0, DateTimeKind.Utc), CancellationToken.None);
            await ctx.AuditEvents.Where(a => a.Id > 4).ExecuteDeleteAsync();
        }

        await using var check = db.NewContext();
        Assert.True((await AuditChainVerifier.VerifyAsync(check, null, CancellationToken.None)).Valid);
        var against = await AuditChainVerifier.VerifyAsync(check, null, CancellationToken.None, head);
        Assert.False(against.Valid);
        Assert.Contains("deleted", against.Problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Verify_WhenTheHeadIsForgedOrSignedWithAnotherKey_RejectsIt()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", Key);
        await AppendAsync(db, 3);
        await using var ctx = db.NewContext();
        var head = await AuditChainVerifier.HeadAsync(ctx, new DateTime(2026, 12, 4, 1, 0, 0, DateTimeKind.Utc), CancellationToken.None);

        Assert.True((await AuditChainVerifier.VerifyAsync(ctx, null, CancellationToken.None, head)).Valid);
        Assert.False((await AuditChainVerifier.VerifyAsync(ctx, null, CancellationToken.None, head with { Count = 2 })).Valid);
        var foreign = AuditHead.Sign(head.Count, head.Hash, head.KeyedFrom, head.At, new AuditKey(RandomNumberGenerator.GetBytes(32)));
        Assert.False((await AuditChainVerifier.VerifyAsync(ctx, null, CancellationToken.None, foreign)).Valid);
    }

    [SkippableFact]
    public async Task Verify_WhenAnOldUnkeyedChainGetsAKey_KeysFromTheNextEventAndStaysValid()
    {
        await using var old = await TestDatabase.CreateAsync("sqlite");
        await AppendAsync(old, 3);
        await using var plain = old.NewContext();
        Assert.Null(plain.AuditKey);

        var options = new DbContextOptionsBuilder<Dasan.Storage.Sqlite.SqliteDasanDbContext>()
            .UseSqlite(plain.Database.GetConnectionString()).Options;
        await using (var keyed = new Dasan.Storage.Sqlite.SqliteDasanDbContext(options, Key))
        {
            new AuditTrail(keyed, TimeProvider.System).Record(Actor.System, "test.keyed", "test", "4");
            await keyed.SaveChangesAsync();
        }

        await using var check = new Dasan.Storage.Sqlite.SqliteDasanDbContext(options, Key);
        var result = await AuditChainVerifier.VerifyAsync(check, null, CancellationToken.None);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(4, result.VerifiedEvents);
        Assert.Equal(4, result.KeyedFrom);
    }
}
