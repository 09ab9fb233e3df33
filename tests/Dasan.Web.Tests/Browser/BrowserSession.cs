using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium under Playwright for the browser tests: Korean pages with generous timeouts for a busy machine,
/// staff log-in, and screenshots under TestResults/screenshots with an axe check that fails on serious violations.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    public const string NotInstalled = "Debian chromium is not installed at /usr/bin/chromium; skipped.";
    public static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly ITestOutputHelper output;

    private BrowserSession(IPlaywright playwright, IBrowser browser, ITestOutputHelper output)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.output = output;
    }

    /// <summary>Whether Chromium is installed; tests call <c>Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled)</c>.</summary>
    public static bool Available => File.Exists(Chromium);

    /// <summary>Launches headless Chromium and makes sure the screenshots folder exists.</summary>
    public static async Task<BrowserSession> StartAsync(ITestOutputHelper output)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium, Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            });
            Directory.CreateDirectory(Shots);
            return new BrowserSession(playwright, browser, output);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page in a fresh context (no cookies), 900 px high, with 90-second timeouts.</summary>
    public async Task<IPage> NewPageAsync(string locale = "ko-KR", int width = 1200)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page logged in as a staff member, left on their /staff queue.</summary>
    public async Task<IPage> LoginAsync(string baseUrl, string login, string password = "dasan-demo", int width = 1200)
    {
        var page = await NewPageAsync(width: width);
        await page.GotoAsync(baseUrl + "/staff/login");
        await page.GetByLabel("아이디").FillAsync(login);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        // The URL polled, no load state: WaitForURLAsync on a URL that already matches waits for a load state (whatever
        // WaitUntil says), and under a loaded CI run Playwright three times missed the redirect's ("NetworkIdle" had
        // fired; 90 s timeout with Load, DOMContentLoaded and Commit). Later steps wait for their own elements or navigate.
        await ArrivedAsync(page, StaffQueue());
        await page.Locator("main").WaitForAsync();
        return page;
    }

    /// <summary>
    /// Waits until the page's URL matches <paramref name="url"/> and its document is parsed, both polled (up to 90 s)
    /// rather than awaited as load-state events: use after a click that navigates to a new URL, instead of
    /// WaitForURLAsync (see <see cref="LoginAsync"/>).
    /// </summary>
    public static async Task ArrivedAsync(IPage page, System.Text.RegularExpressions.Regex url)
    {
        await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = 90_000 });
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'", null, new() { Timeout = 90_000 });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/staff(\?.*)?$")]
    private static partial System.Text.RegularExpressions.Regex StaffQueue();

    /// <summary>Screenshot, then fail on serious or critical accessibility violations.</summary>
    public async Task CheckAsync(IPage page, string name)
    {
        await ShotAsync(page, name);
        var violations = await AxeInPage.ViolationsAsync(page);
        var serious = violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var v in serious)
        {
            output.WriteLine($"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Take(3))}");
        }

        Assert.Empty(serious.Select(v => v.Id));
    }

    /// <summary>A full-page screenshot named <paramref name="name"/>.png, without the axe check (e.g. print media).</summary>
    public Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
