using Dasan.Web.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The citizens' Q&amp;A page in Chromium with a language model: the answer streams in, its citations are shown,
/// and the English page works the same; with the model down the page shows the extractive answer.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AskStreamingBrowserTest(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");

    [SkippableFact]
    public async Task AskPage_WhenModelStreams_ShowsTheGeneratedAnswerWithSources()
    {
        Skip.IfNot(File.Exists(Chromium), "Debian chromium is not installed at /usr/bin/chromium; skipped.");
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var host = await DasanHost.StartAsync("sqlite", [$"--Dasan:Llm:Endpoint={model.BaseUrl}", "--Dasan:Llm:Model=fake-ko"], kestrel: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
        Directory.CreateDirectory(Shots);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ko-KR", ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync(host.BaseUrl + "/ask");
        await page.GetByLabel("질문").FillAsync("대형폐기물 어떻게 버려요?");
        await page.GetByLabel("분야").SelectOptionAsync("environment");
        await page.GetByRole(AriaRole.Button, new() { Name = "답 찾기" }).ClickAsync();
        await page.Locator("#answer-note").WaitForAsync();
        Assert.Contains("AI가 출처 자료로 작성한 답변", await page.Locator("#answer-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("[1]", await page.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#citations li").CountAsync());
        await CheckAsync(page, "10-ask-generated");

        model.Behaviour = FakeModelBehaviour.WrongCitation;
        await page.GotoAsync(host.BaseUrl + "/ask?culture=en");
        await page.GetByLabel("Question").FillAsync("청년 월세 지원 대상이 누구예요?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the answer" }).ClickAsync();
        await page.Locator("#answer-note").WaitForAsync();
        Assert.Contains("instead of an AI-written answer", await page.Locator("#answer-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("[7]", await page.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, "11-ask-fallback-english");
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
        var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var v in serious)
        {
            output.WriteLine($"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html).Take(3))}");
        }

        Assert.Empty(serious.Select(v => v.Id));
    }
}
