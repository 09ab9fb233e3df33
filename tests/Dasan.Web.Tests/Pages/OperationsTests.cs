using System.Net;
using System.Net.Http.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Pages;

public class OperationsTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task HealthAndMetrics_WhenRunning_Answer(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health")).StatusCode);
        await host.Client.GetAsync("/open311/v2/services.json");
        var metrics = await host.Client.GetStringAsync("/metrics");
        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhenDatabaseIsDown_Returns503AndHealthSaysDown()
    {
        await using var host = await DasanHost.StartAsync("sqlite",
        [
            "--Dasan:Database:Provider=postgres", "--Dasan:Database:ConnectionString=Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2",
            "--Dasan:Database:InitializeOnStart=false",
        ]);
        var client = host.App.GetTestClientOrNew(host.BaseUrl);
        client.DefaultRequestHeaders.Add("X-Api-Key", "any-key");
        var response = await client.PostAsJsonAsync("/api/v1/requests", new { title = "제목", body = "내용" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task PublicEndpoints_WhenOverTheRateLimit_Return429()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Web:PublicPermitsPerMinute=2", "--Dasan:Seed:DemoData=false"]);
        var key = await host.CreateApiKeyAsync(StaffRole.Integration);
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var r = await host.Client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["api_key"] = key, ["service_code"] = "environment", ["description"] = $"쓰레기 무단투기 {i}",
            }));
            codes.Add(r.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }
}
