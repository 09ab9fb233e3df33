using System.Net;
using Dasan.Core.Staff;
using Dasan.Storage;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// Issue 16: on PostgreSQL the API quota of a key is counted once across nodes. Before, each node counted its own
/// window, so a key got its quota once per node behind the proxy.
/// </summary>
public sealed class RateLimitAcrossNodesTests
{
    [SkippableFact]
    public async Task ApiLimit_WhenOneKeyCallsTwoNodes_CountsOneSharedWindow()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var a = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", "--Dasan:Web:ApiPermitsPerMinute=4"]);
        var cs = a.Services.GetRequiredService<DatabaseOptions>().ConnectionString!;
        await using var b = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", "--Dasan:Web:ApiPermitsPerMinute=4", $"--Dasan:Database:ConnectionString={cs}"]);
        for (var attempt = 0; ; attempt++)
        {
            var key = await a.CreateApiKeyAsync(StaffRole.Admin);
            using var toA = a.ClientWithKey(key);
            using var toB = b.ClientWithKey(key);
            var window = TimeProvider.System.GetUtcNow().Minute;
            var codes = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                codes.Add((await toA.GetAsync("/api/v1/requests?pageSize=1")).StatusCode);
                codes.Add((await toB.GetAsync("/api/v1/requests?pageSize=1")).StatusCode);
            }

            if (TimeProvider.System.GetUtcNow().Minute != window && attempt == 0)
            {
                continue; // the calls straddled a minute boundary, which starts a new window: once more with a new key
            }

            // Six calls in one minute against a quota of four: the last two are refused, whichever node they reach.
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
            return;
        }
    }

    [SkippableFact]
    public async Task SharedLimiter_FarBelowTheQuota_SyncsOncePerSecond_AndNearItCountsEveryRequestAcrossNodes()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        var host = await DasanHost.SharedAsync("postgres");
        // Five seconds into the current minute: the host's cleanup job deletes windows older than an hour of real time.
        var real = TimeProvider.System.GetUtcNow();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(real.Year, real.Month, real.Day, real.Hour, real.Minute, 5, TimeSpan.Zero));
        var partition = "test-" + Guid.NewGuid().ToString("N");
        var scopes = host.Services.GetRequiredService<IServiceScopeFactory>();
        using var nodeA = new Dasan.Web.Hosting.SharedWindowLimiter(partition, 40, TimeSpan.FromMinutes(1), scopes, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        using var nodeB = new Dasan.Web.Hosting.SharedWindowLimiter(partition, 40, TimeSpan.FromMinutes(1), scopes, clock, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        async Task<int> Stored()
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Dasan.Core.Data.DasanDbContext>();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SumAsync(db.RateWindows.Where(w => w.Partition == partition), w => w.Count);
        }

        async Task<bool> Acquire(System.Threading.RateLimiting.RateLimiter limiter)
        {
            using var lease = await limiter.AcquireAsync();
            return lease.IsAcquired;
        }

        // Far below the quota (40, a quarter is 10): the first request syncs, the next ones in the same second count locally.
        for (var i = 0; i < 8; i++)
        {
            Assert.True(await Acquire(nodeA));
        }

        Assert.Equal(1, await Stored());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Acquire(nodeA));
        Assert.Equal(9, await Stored());

        // From a quarter on, every request goes to the shared row: the two nodes together never pass the quota (a request
        // a node admitted locally just below the quarter mark is counted with its next one, which may cost one permit).
        var admitted = 9;
        for (var i = 0; i < 40; i++)
        {
            admitted += await Acquire(i % 2 == 0 ? nodeB : nodeA) ? 1 : 0;
        }
        Assert.InRange(admitted, 39, 40);
        Assert.True(await Stored() >= admitted);
        Assert.False(await Acquire(nodeB));
        Assert.False(await Acquire(nodeA));
    }
}
