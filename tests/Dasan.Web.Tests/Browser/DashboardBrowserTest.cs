using Dasan.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// A supervisor opens the dashboard in Debian's Chromium, filters it, reads the district table and switches to
/// English; a department officer sees only their department. Every page is checked with axe; screenshots are kept
/// under TestResults/screenshots (dashboard-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public class DashboardBrowserTest(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Supervisor_OpensAndFiltersTheDashboard_StaffSeesTheirDepartment()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var host = await DasanHost.StartAsync("sqlite", kestrel: true);
        await using var browser = await BrowserSession.StartAsync(output);

        var supervisor = await browser.LoginAsync(host.BaseUrl, "supervisor", width: 1280);
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "현황 대시보드" }).ClickAsync();
        await BrowserSession.ArrivedAsync(supervisor, new System.Text.RegularExpressions.Regex(@"/dashboard$"));
        Assert.Equal(25, await supervisor.Locator("svg.district-map path").CountAsync());
        await browser.CheckAsync(supervisor, "dashboard-01-city");

        await supervisor.GetByLabel("시작일").FillAsync(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9)).AddDays(-90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await supervisor.GetByLabel("추이 구분").SelectOptionAsync("district");
        await supervisor.GetByLabel("분야", new() { Exact = true }).SelectOptionAsync("transport");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "적용" }).ClickAsync();
        await BrowserSession.ArrivedAsync(supervisor, new System.Text.RegularExpressions.Regex(@"/dashboard\?.*domain=transport"));
        await supervisor.GetByText("자치구별 표 보기").ClickAsync();
        Assert.Contains("자치구 미상", await supervisor.Locator("#map-heading ~ details table").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(supervisor, "dashboard-02-transport-by-district");

        await supervisor.GotoAsync(host.BaseUrl + "/dashboard?culture=en");
        Assert.Contains("Requests over time", await supervisor.Locator("#volume-heading").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(supervisor, "dashboard-03-english");

        var officer = await browser.LoginAsync(host.BaseUrl, "bus", width: 1280);
        await officer.GotoAsync(host.BaseUrl + "/dashboard");
        Assert.Equal("버스정책과", (await officer.Locator("h1 small").InnerTextAsync()).Trim());
        Assert.Equal(0, await officer.Locator("#department").CountAsync());
        await browser.CheckAsync(officer, "dashboard-04-bus-department");
    }
}
