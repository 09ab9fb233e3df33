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
}
