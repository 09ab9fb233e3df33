using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Storage.Postgres;
using Dasan.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Dasan.Core.Tests.Storage;

public class StorageTests
{
    [Fact]
    public void Model_WhenComparedWithEachProvidersMigrations_HasNoPendingChanges()
    {
        using var sqlite = new SqliteDesignTimeFactoryProxy().Sqlite();
        using var postgres = new SqliteDesignTimeFactoryProxy().Postgres();
        Assert.False(sqlite.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add --context SqliteDasanDbContext.");
        Assert.False(postgres.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run dotnet ef migrations add --context PostgresDasanDbContext.");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditChain_WhenEventsAppendedAndOneTampered_VerifierFindsTheTamperedEvent(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 1, 2, 3, TimeSpan.Zero).AddTicks(1234567));
        for (var i = 0; i < 5; i++)
        {
            await using var ctx = db.NewContext();
            var trail = new AuditTrail(ctx, clock);
            trail.Record(Actor.System, "test.step", "test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), new { i }, new { next = i + 1, 한글 = "값" });
            trail.Record(new Actor(ActorKind.Ai, "triage"), "test.ai", "test", null);
            await ctx.SaveChangesAsync();
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        await using (var ctx = db.NewContext())
        {
            var ok = await AuditChainVerifier.VerifyAsync(ctx, null, CancellationToken.None);
            Assert.True(ok.Valid, ok.Problem);
            Assert.Equal(10, ok.VerifiedEvents);
            await ctx.AuditEvents.Where(a => a.Id == 4).ExecuteUpdateAsync(u => u.SetProperty(a => a.Actor, "someone-else"));
        }

        await using (var ctx = db.NewContext())
        {
            var broken = await AuditChainVerifier.VerifyAsync(ctx, null, CancellationToken.None);
            Assert.False(broken.Valid);
            Assert.Equal(4, broken.BrokenAt);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditChain_WhenWritersRunConcurrently_StaysOneUnbrokenChain(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            await using var ctx = db.NewContext();
            new AuditTrail(ctx, TimeProvider.System).Record(Actor.System, "test.parallel", "test", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await ctx.SaveChangesAsync(ct);
        });
        await using var check = db.NewContext();
        var result = await AuditChainVerifier.VerifyAsync(check, null, CancellationToken.None);
        Assert.True(result.Valid, result.Problem);
        Assert.Equal(40, result.VerifiedEvents);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TrackingNumbers_WhenAllocatedConcurrently_AreUniqueAndSequentialPerYear(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var numbers = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 30), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (_, ct) =>
        {
            await using var ctx = db.NewContext();
            numbers.Add(await TrackingNumberAllocator.NextAsync(ctx, 2026, ct));
        });
        await using var c = db.NewContext();
        var next2027 = await TrackingNumberAllocator.NextAsync(c, 2027, CancellationToken.None);
        Assert.Equal(30, numbers.Distinct().Count());
        Assert.Contains("2026-0000030", numbers);
        Assert.Equal("2027-0000001", next2027);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Requests_WhenSavedWithKoreanTextAndUtcTimes_RoundTripUnchanged(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var received = new DateTime(2026, 11, 25, 3, 4, 5, DateTimeKind.Utc);
        await using (var ctx = db.NewContext())
        {
            var dept = new Department { Code = "bus-policy", Name = "버스정책과", Bureau = "교통실", Domain = "transport" };
            ctx.Departments.Add(dept);
            ctx.Requests.Add(new CitizenRequest
            {
                TrackingNumber = "2026-0000001", Title = "버스 배차 간격", Body = "7016번 버스가 너무 안 와요 ㅠㅠ", MaskedBody = "7016번 버스가 너무 안 와요 ㅠㅠ",
                Status = RequestStatus.Assigned, Type = RequestType.Suggestion, Department = dept, ReceivedAt = received, UpdatedAt = received, DueAt = received.AddDays(14),
            });
            await ctx.SaveChangesAsync();
        }

        await using var read = db.NewContext();
        var r = await read.Requests.Include(x => x.Department).SingleAsync();
        Assert.Equal("7016번 버스가 너무 안 와요 ㅠㅠ", r.Body);
        Assert.Equal(received, r.ReceivedAt);
        Assert.Equal(DateTimeKind.Utc, r.ReceivedAt.Kind);
        Assert.Equal(RequestStatus.Assigned, r.Status);
        Assert.Equal("버스정책과", r.Department!.Name);
    }

    /// <summary>Builds the provider contexts the way <c>dotnet ef</c> does, without a server.</summary>
    private sealed class SqliteDesignTimeFactoryProxy
    {
        public SqliteDasanDbContext Sqlite() => new Dasan.Storage.SqliteDesignTimeFactory().CreateDbContext([]);
        public PostgresDasanDbContext Postgres() => new Dasan.Storage.PostgresDesignTimeFactory().CreateDbContext([]);
    }
}
