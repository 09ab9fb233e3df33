using System.Net;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Auth;

/// <summary>Issue 15: the API limit is per key, and forwarded addresses count only from configured proxies.</summary>
public sealed class RateLimitPartitionTests
{
    [SkippableFact]
    public async Task ApiLimit_WhenOneKeyIsExhausted_AnotherKeyFromTheSameAddressStillWorks()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Web:ApiPermitsPerMinute=3"]);
        using var first = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        using var second = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await first.GetAsync("/api/v1/departments")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/departments")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PublicLimit_WhenForwardedForIsSent_CountsItOnlyFromAConfiguredProxy(bool trusted)
    {
        string[] args = trusted ? ["--Dasan:Web:PublicPermitsPerMinute=2", "--Dasan:Web:KnownProxies:0=127.0.0.1"] : ["--Dasan:Web:PublicPermitsPerMinute=2"];
        await using var host = await DasanHost.StartAsync("sqlite", args, kestrel: true);

        async Task<HttpStatusCode> Track(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/track");
            request.Headers.Add("X-Forwarded-For", client);
            return (await host.Client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await Track("10.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, await Track("10.0.0.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Track("10.0.0.1"));
        Assert.Equal(trusted ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, await Track("10.0.0.2"));
    }
}
