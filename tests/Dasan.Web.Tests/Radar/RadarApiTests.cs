using System.Net;
using System.Text.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Radar;

public sealed class RadarApiTests
{
    [Fact]
    public async Task Issues_WhenCalledWithKey_ReturnsRankedIssuesAndValidatesDates()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false"]);
        var today = await RadarSeed.SeedAsync(host.Services);
        var client = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));

        var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/radar/issues?to={today:yyyy-MM-dd}"));
        var bad = await client.GetAsync("/api/v1/radar/issues?from=어제");
        var anonymous = await host.Client.GetAsync("/api/v1/radar/issues");

        Assert.Contains(json.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("districts").EnumerateArray().Any(d => d.GetString() == "마포구"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
