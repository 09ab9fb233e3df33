using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The in-page axe run finds what Deque.AxeCore.Playwright's run finds: a page with known violations is reported with
/// the same rules and impacts, a clean one is not.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AxeInPageTest(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Violations_WhenAPageBreaksRules_NamesThemWithTheirImpact()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var browser = await BrowserSession.StartAsync(output);
        var page = await browser.NewPageAsync();

        await page.SetContentAsync("<!doctype html><html><head><title>시험</title></head><body><main><h1>신청</h1><img src=\"x.png\"><button></button><input type=\"text\"></main></body></html>");
        var broken = await AxeInPage.ViolationsAsync(page);
        var ids = broken.Select(v => v.Id).ToList();
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("image-alt", ids);
        Assert.Contains("button-name", ids);
        Assert.Contains("label", ids);
        Assert.Equal("critical", broken.Single(v => v.Id == "image-alt").Impact);
        Assert.Contains("<img", broken.Single(v => v.Id == "image-alt").Nodes.Single(), StringComparison.Ordinal);

        // The same rules and impacts as the package's own (slower) run across frames.
        var package = await page.RunAxe();
        Assert.Equal(package.Violations.Select(v => $"{v.Id} {v.Impact}").Order(), broken.Select(v => $"{v.Id} {v.Impact}").Order());

        // A second run on the same page reuses the axe already injected; a fixed page is clean.
        await page.SetContentAsync("<!doctype html><html lang=\"ko\"><head><title>시험</title></head><body><main><h1>신청</h1><img src=\"x.png\" alt=\"안내도\"><button>보내기</button><label>이름 <input type=\"text\"></label></main></body></html>");
        Assert.Empty(await AxeInPage.ViolationsAsync(page));
    }
}
