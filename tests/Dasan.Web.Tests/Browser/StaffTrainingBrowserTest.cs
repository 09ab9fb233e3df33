using Dasan.Core.Programme.Training;
using Dasan.Web.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// In Debian's Chromium: a bus-department officer reads and passes both L0 modules, and the department's L0 completion
/// share on the supervisor's page goes up. Every page is checked with axe; screenshots go to TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public class StaffTrainingBrowserTest(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");

    [SkippableFact]
    public async Task StaffPassesL0Quiz_DepartmentCompletionShareRises()
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
        var busDept = await host.DepartmentIdAsync("버스정책과");

        var supervisor = await LoginAsync(browser, host, "supervisor");
        await supervisor.GotoAsync($"{host.BaseUrl}/programme/training/department?DepartmentId={busDept}");
        var before = Share(await supervisor.Locator("#l0-share").InnerTextAsync());
        await CheckAsync(supervisor, "training-01-department-before");

        var officer = await LoginAsync(browser, host, "bus");
        await officer.GotoAsync(host.BaseUrl + "/programme/training");
        Assert.Contains("인증 미취득", await officer.Locator("#cert-L0").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(officer, "training-02-my-progress");
        foreach (var (code, step) in new[] { ("AIL0-01", 3), ("AIL0-02", 6) })
        {
            await officer.GotoAsync(host.BaseUrl + "/programme/training");
            await officer.Locator($"a[href='/programme/training/modules/{code}']").First.ClickAsync();
            await officer.Locator("#mark-read").ClickAsync();
            Assert.Contains("학습 완료", await officer.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
            await CheckAsync(officer, $"training-0{step}-module-{code}");
            await officer.Locator("#start-quiz").ClickAsync();
            await officer.WaitForURLAsync("**/programme/training/attempts/*");
            Assert.Equal(0, await officer.Locator("[data-answer]").CountAsync());
            await CheckAsync(officer, $"training-0{step + 1}-quiz-{code}");
            foreach (var q in Curriculum.Shipped().Module(code)!.Quiz)
            {
                await officer.Locator($"#{q.Id}-{q.Answer}").CheckAsync();
            }

            await officer.Locator("#submit-quiz").ClickAsync();
            Assert.Equal("100", (await officer.Locator("#score").InnerTextAsync()).Trim());
            Assert.Equal(1, await officer.Locator("#completed-until").CountAsync());
            await CheckAsync(officer, $"training-0{step + 2}-result-{code}");
        }

        await officer.GotoAsync(host.BaseUrl + "/programme/training");
        Assert.Contains("인증 유효", await officer.Locator("#cert-L0").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(officer, "training-09-my-progress-certified");

        await supervisor.ReloadAsync();
        var after = Share(await supervisor.Locator("#l0-share").InnerTextAsync());
        output.WriteLine($"버스정책과 L0 share: {before}% → {after}%");
        Assert.True(after > before, $"L0 share should rise: {before} → {after}");
        await CheckAsync(supervisor, "training-10-department-after");

        var admin = await LoginAsync(browser, host, "admin", DasanHost.AdminPassword);
        await admin.GotoAsync(host.BaseUrl + "/programme/training/admin");
        var csv = Path.Combine(host.DataDirectory, "roster.csv");
        await File.WriteAllTextAsync(csv, "employee_no,name,department,grade,job_role,operates_tier\nB-1,가상하나,버스정책과,7급,민원,\nB-2,,버스정책과,7급,민원,\n");
        await admin.Locator("#file").SetInputFilesAsync(csv);
        await admin.GetByRole(AriaRole.Button, new() { Name = "가져오기" }).ClickAsync();
        Assert.Equal("1", (await admin.Locator("#rejected-count").InnerTextAsync()).Trim());
        await CheckAsync(admin, "training-11-admin-import");
    }

    private static double Share(string text) => double.Parse(text.Trim().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);

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
