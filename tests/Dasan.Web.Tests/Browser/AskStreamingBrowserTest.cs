using Dasan.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The citizens' Q&amp;A page in Chromium with a language model: the answer streams in, its citations are shown,
/// and the English page works the same; with the model down the page shows the extractive answer; a question telling of
/// danger to life gets whom to call above the answer.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AskStreamingBrowserTest(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task AskPage_WhenModelStreams_ShowsTheGeneratedAnswerWithSources()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var model = await FakeOpenAiServer.StartAsync();
        await using var host = await DasanHost.StartAsync("sqlite", [$"--Dasan:Llm:Endpoint={model.BaseUrl}", "--Dasan:Llm:Model=fake-ko"], kestrel: true);
        await using var browser = await BrowserSession.StartAsync(output);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(host.BaseUrl + "/ask");
        await page.GetByLabel("질문").FillAsync("대형폐기물 어떻게 버려요?");
        await page.GetByLabel("분야").SelectOptionAsync("environment");
        await page.GetByRole(AriaRole.Button, new() { Name = "답 찾기" }).ClickAsync();
        await page.Locator("#answer-note").WaitForAsync();
        Assert.Contains("AI가 출처 자료로 작성한 답변", await page.Locator("#answer-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("[1]", await page.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#citations li").CountAsync());
        await browser.CheckAsync(page, "10-ask-generated");

        model.Behaviour = FakeModelBehaviour.WrongCitation;
        await page.GotoAsync(host.BaseUrl + "/ask?culture=en");
        await page.GetByLabel("Question").FillAsync("청년 월세 지원 대상이 누구예요?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the answer" }).ClickAsync();
        await page.Locator("#answer-note").WaitForAsync();
        Assert.Contains("instead of an AI-written answer", await page.Locator("#answer-note").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("[7]", await page.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(page, "11-ask-fallback-english");

        // A question telling of danger to life: whom to call, above the answer, in the page's language.
        model.Behaviour = FakeModelBehaviour.Answer;
        await page.GotoAsync(host.BaseUrl + "/ask?culture=ko");
        await page.GetByLabel("질문").FillAsync("요즘 너무 힘들어서 죽고 싶어요");
        await page.GetByRole(AriaRole.Button, new() { Name = "답 찾기" }).ClickAsync();
        await page.Locator("#answer").WaitForAsync();
        var card = page.Locator("#answer-area > #emergency-advice:first-child");
        Assert.Contains("109(자살예방 상담전화", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("tel:109", await card.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        Assert.Equal(1, await page.Locator("#emergency-advice").CountAsync());
        await browser.CheckAsync(page, "12-ask-crisis");

        await page.GotoAsync(host.BaseUrl + "/ask?culture=en");
        await page.GetByLabel("Question").FillAsync("My friend says he wants to kill himself tonight, what do I do?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find the answer" }).ClickAsync();
        await page.Locator("#answer").WaitForAsync();
        Assert.Contains("suicide-prevention line", await page.Locator("#emergency-advice").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("죄송합니다", await page.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal); // the refusal in English too
        // The model writes from the sections the extractive answer chose: the steps for friends, not the support after an attempt.
        Assert.Contains("친구나 가족이 자살을 생각하는 것 같을 때", await page.Locator("#citations li").First.InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(page, "13-ask-crisis-english");

        // No guide is about the danger: the card stands alone, with no answer from another guide and no pointer to 120.
        await page.GotoAsync(host.BaseUrl + "/ask?culture=ko");
        await page.GetByLabel("질문").FillAsync("아이가 숨을 안 쉬어요");
        await page.GetByRole(AriaRole.Button, new() { Name = "답 찾기" }).ClickAsync();
        await page.Locator("#answer").WaitForAsync();
        Assert.Equal("tel:119", await page.Locator("#emergency-advice").GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        Assert.Equal(Dasan.Ai.Assistant.Crisis.NoGuide, await page.Locator("#answer").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#citations").CountAsync());
        await browser.CheckAsync(page, "14-ask-crisis-no-guide");
    }
}
