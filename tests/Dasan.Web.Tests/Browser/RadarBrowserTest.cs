using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Radar;
using Deque.AxeCore.Playwright;
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
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");

    [SkippableFact]
    public async Task Supervisor_SeesBurstAssignsItAndReadsBriefing()
    {
        Skip.IfNot(File.Exists(Chromium), "Debian chromium is not installed at /usr/bin/chromium; skipped.");
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false"], kestrel: true);
        await using var feeds = await FeedServer.StartAsync();
        feeds.Serve("/rss", FeedXml.Rss(("r1", "서울시, 망원동 도로 함몰 긴급 복구", "Mon, 03 Feb 2020 14:18:00 +0900")));
        await RadarSeed.SeedAsync(host.Services);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        Directory.CreateDirectory(Shots);

        var supervisor = await LoginAsync(browser, host, "supervisor");
        await supervisor.GotoAsync(host.BaseUrl + "/radar");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "radar-00-loaded.png"), FullPage = true });
        var first = supervisor.Locator("article.issue", new() { HasText = "싱크홀" });
        Assert.Contains("마포구", await first.InnerTextAsync(), StringComparison.Ordinal);
        await first.Locator("details summary").ClickAsync();
        await CheckAsync(supervisor, "radar-01-issues");
        await first.Locator("select[name=departmentId]").SelectOptionAsync(new SelectOptionValue { Label = "도로관리과" });
        await first.GetByRole(AriaRole.Button, new() { Name = "부서에 과제로 지정" }).ClickAsync();
        Assert.Contains("과제 지정", await supervisor.Locator("#recent-heading + ul").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(supervisor, "radar-02-assigned");

        await supervisor.GotoAsync(host.BaseUrl + "/radar/briefing?period=weekly");
        Assert.Contains("시장실 주간 브리핑", await supervisor.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(supervisor, "radar-03-briefing");
        await supervisor.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "radar-04-briefing-print.png"), FullPage = true });

        var admin = await LoginAsync(browser, host, "admin", DasanHost.AdminPassword);
        await admin.GotoAsync(host.BaseUrl + "/admin/feeds");
        await admin.GetByLabel("이름").FillAsync("연합 테스트");
        await admin.GetByLabel("주소").FillAsync(feeds.BaseUrl + "/rss");
        await admin.GetByRole(AriaRole.Button, new() { Name = "추가" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "지금 수집" }).ClickAsync();
        Assert.Contains("새 항목 1건", await admin.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(admin, "radar-05-feeds");
    }

    private static async Task<IPage> LoginAsync(IBrowser browser, DasanHost host, string login, string password = "dasan-demo")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/staff/login");
        await page.GetByLabel("아이디").FillAsync(login);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        return page;
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var v in serious)
        {
            output.WriteLine($"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}");
        }

        Assert.Empty(serious.Select(v => v.Id));
    }
}
