using Dasan.Web.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The whole loop in Debian's Chromium: a citizen submits the form, the triage desk routes it, the bus department
/// answers it, and the citizen's status page shows the answer. Every page is checked with axe; screenshots are kept
/// under TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CitizenToOfficerBrowserTest(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");

    [SkippableFact]
    public async Task CitizenSubmits_OfficerAnswers_CitizenSeesAnswer()
    {
        Skip.IfNot(File.Exists(Chromium), "Debian chromium is not installed at /usr/bin/chromium; skipped.");
        // Every request waits for the triage desk here, so the test walks the human routing path.
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Triage:AutoAssignThreshold=1.01"], kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        Directory.CreateDirectory(Shots);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);

        var citizen = await context.NewPageAsync();
        await citizen.GotoAsync(host.BaseUrl + "/requests/new");
        await CheckAsync(citizen, "01-form");
        await citizen.GetByLabel("제목").FillAsync("7016번 버스 퇴근길 배차 간격이 너무 길어요");
        await citizen.GetByLabel("유형").SelectOptionAsync("suggestion");
        await citizen.Locator("#Body").FillAsync("평일 저녁 6시~7시 사이 상명대 방향 7016번 버스가 25분 넘게 오지 않습니다. 증차를 검토해 주세요.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "접수하기" }).ClickAsync();
        var number = (await citizen.Locator("#tracking-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{4}-\d{7}$", number);
        var statusPath = await citizen.Locator("#status-link").GetAttributeAsync("href");
        await CheckAsync(citizen, "02-submitted");

        var triage = await LoginAsync(browser, host, "triage");
        await triage.GotoAsync(host.BaseUrl + "/staff?q=" + number);
        await CheckAsync(triage, "03-triage-queue");
        await triage.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await triage.Locator("#DepartmentId").SelectOptionAsync(new SelectOptionValue { Label = "교통실 · 버스정책과" });
        await triage.GetByRole(AriaRole.Button, new() { Name = "보내기" }).ClickAsync();
        await triage.WaitForURLAsync("**/staff?moved=1");

        var officer = await LoginAsync(browser, host, "bus");
        await officer.GotoAsync(host.BaseUrl + "/staff");
        await CheckAsync(officer, "04-bus-queue");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await officer.Locator("#accept").ClickAsync();
        Assert.Contains(number, await officer.Locator("#AnswerText").InputValueAsync(), StringComparison.Ordinal);
        await officer.Locator("#AnswerText").FillAsync("7016번 노선 퇴근 시간대 배차를 점검하여 다음 달부터 2대 증차하겠습니다. 의견 주셔서 감사합니다.");
        await officer.Locator("#send-answer").ClickAsync();
        Assert.Equal("답변 완료", (await officer.Locator("#status").InnerTextAsync()).Trim());
        await CheckAsync(officer, "05-answered");

        await citizen.GotoAsync(host.BaseUrl + statusPath);
        Assert.Contains("2대 증차하겠습니다", await citizen.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(citizen, "06-status-page");

        await citizen.GotoAsync(host.BaseUrl + "/ask");
        await citizen.GetByLabel("질문").FillAsync("청년 월세 지원 대상이 누구예요?");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "답 찾기" }).ClickAsync();
        await citizen.Locator("#citations li").First.WaitForAsync(); // the answer streams in without a page load
        Assert.True(await citizen.Locator("#citations li").CountAsync() > 0);
        await CheckAsync(citizen, "06b-ask");

        var admin = await LoginAsync(browser, host, "admin", DasanHost.AdminPassword);
        await admin.GotoAsync(host.BaseUrl + "/admin/audit?entity=" + number);
        Assert.Contains("request.answered", await admin.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(admin, "07-audit");
        await admin.GotoAsync(host.BaseUrl + "/admin/models");
        await CheckAsync(admin, "08-models");
        await admin.GotoAsync(host.BaseUrl + "/requests/new?culture=en");
        await CheckAsync(admin, "09-form-english");
    }

    private async Task<IPage> LoginAsync(IBrowser browser, DasanHost host, string login, string password = "dasan-demo")
    {
        var staffContext = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR" });
        staffContext.SetDefaultTimeout(90_000);
        staffContext.SetDefaultNavigationTimeout(90_000);
        var page = await staffContext.NewPageAsync();
        await page.GotoAsync(host.BaseUrl + "/staff/login");
        await page.GetByLabel("아이디").FillAsync(login);
        await page.GetByLabel("비밀번호").FillAsync(password);
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
