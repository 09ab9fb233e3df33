using Dasan.Web.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
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
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");

    [SkippableFact]
    public async Task Supervisor_OpensAndFiltersTheDashboard_StaffSeesTheirDepartment()
    {
        Skip.IfNot(File.Exists(Chromium), "Debian chromium is not installed at /usr/bin/chromium; skipped.");
        await using var host = await DasanHost.StartAsync("sqlite", kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        Directory.CreateDirectory(Shots);

        var supervisor = await LoginAsync(browser, host, "supervisor");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "현황 대시보드" }).ClickAsync();
        await supervisor.WaitForURLAsync("**/dashboard");
        Assert.Equal(25, await supervisor.Locator("svg.district-map path").CountAsync());
        await CheckAsync(supervisor, "dashboard-01-city");

        await supervisor.GetByLabel("시작일").FillAsync(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9)).AddDays(-90).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await supervisor.GetByLabel("추이 구분").SelectOptionAsync("district");
        await supervisor.GetByLabel("분야", new() { Exact = true }).SelectOptionAsync("transport");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "적용" }).ClickAsync();
        await supervisor.WaitForURLAsync("**/dashboard?*domain=transport*");
        await supervisor.GetByText("자치구별 표 보기").ClickAsync();
        Assert.Contains("자치구 미상", await supervisor.Locator("#map-heading ~ details table").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(supervisor, "dashboard-02-transport-by-district");

        await supervisor.GotoAsync(host.BaseUrl + "/dashboard?culture=en");
        Assert.Contains("Requests over time", await supervisor.Locator("#volume-heading").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(supervisor, "dashboard-03-english");

        var officer = await LoginAsync(browser, host, "bus");
        await officer.GotoAsync(host.BaseUrl + "/dashboard");
        Assert.Equal("버스정책과", (await officer.Locator("h1 small").InnerTextAsync()).Trim());
        Assert.Equal(0, await officer.Locator("#department").CountAsync());
        await CheckAsync(officer, "dashboard-04-bus-department");
    }

    private static async Task<IPage> LoginAsync(IBrowser browser, DasanHost host, string login)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/staff/login");
        await page.GetByLabel("아이디").FillAsync(login);
        await page.GetByLabel("비밀번호").FillAsync("dasan-demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        return page;
    }

    /// <summary>Screenshot, then fail on serious or critical accessibility violations.</summary>
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
