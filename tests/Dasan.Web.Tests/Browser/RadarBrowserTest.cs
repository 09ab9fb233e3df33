using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Radar;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The radar in Debian's Chromium: a supervisor sees the planted burst with its evidence, hands it to a department,
/// opens the weekly briefing; an administrator adds a feed and polls it. Axe on every page; screenshots kept.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RadarBrowserTest(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Supervisor_SeesBurstAssignsItAndReadsBriefing()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false"], kestrel: true);
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/rss", FeedXml.Rss(("r1", "서울시, 망원동 도로 함몰 긴급 복구", "Mon, 03 Feb 2020 14:18:00 +0900")));
        await RadarSeed.SeedAsync(host.Services);
        await using var browser = await BrowserSession.StartAsync(output);

        var supervisor = await browser.LoginAsync(host.BaseUrl, "supervisor");
        await supervisor.GotoAsync(host.BaseUrl + "/radar");
        await browser.ShotAsync(supervisor, "radar-00-loaded");
        var first = supervisor.Locator("article.issue", new() { HasText = "싱크홀" });
        Assert.Contains("마포구", await first.InnerTextAsync(), StringComparison.Ordinal);
        await first.Locator("details summary").ClickAsync();
        await browser.CheckAsync(supervisor, "radar-01-issues");
        await first.Locator("select[name=departmentId]").SelectOptionAsync(new SelectOptionValue { Label = "도로관리과" });
        await first.GetByRole(AriaRole.Button, new() { Name = "부서에 과제로 지정" }).ClickAsync();
        Assert.Contains("과제 지정", await supervisor.Locator("#recent-heading + ul").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(supervisor, "radar-02-assigned");

        await supervisor.GotoAsync(host.BaseUrl + "/radar/briefing?period=weekly");
        Assert.Contains("시장실 주간 브리핑", await supervisor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(supervisor, "radar-03-briefing");
        await supervisor.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await browser.ShotAsync(supervisor, "radar-04-briefing-print");

        var admin = await browser.LoginAsync(host.BaseUrl, "admin", DasanHost.AdminPassword);
        await admin.GotoAsync(host.BaseUrl + "/admin/feeds");
        await admin.GetByLabel("이름").FillAsync("연합 테스트");
        await admin.GetByLabel("피드 주소").FillAsync(feeds.BaseUrl + "/rss");
        await admin.GetByRole(AriaRole.Button, new() { Name = "추가" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "지금 수집" }).ClickAsync();
        Assert.Contains("새 항목 1건", await admin.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(admin, "radar-05-feeds");
    }
}
