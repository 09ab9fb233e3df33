using System.Text.RegularExpressions;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The start-up hub end to end in Chromium (issue 17): a bureau drafts a challenge from the radar and the control tower
/// publishes it; a start-up registers, proposes with an attachment and follows its signed link; another start-up sees
/// only its own; an evaluator declares, scores blind, then sees the others; the bureau decides and letters reach the
/// applicant; the pilot records a measurement, passes its gate and ends with a certificate; leadership sees the numbers.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ChallengeHubBrowserTest(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task ChallengeToProposalToEvaluationToPilotToCertificate()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var host = await DasanHost.StartAsync("sqlite", kestrel: true);
        await using var browser = await BrowserSession.StartAsync(output);
        var url = host.BaseUrl;

        // 1. A bureau drafts a challenge from a radar issue; the control tower publishes it.
        var bus = await browser.LoginAsync(url, "bus");
        await bus.GotoAsync(url + "/programme/challenges/write?radar=bus-crowding&label=" + Uri.EscapeDataString("출근 시간 버스 혼잡 민원 급증"));
        await browser.CheckAsync(bus, "h01-challenge-form");
        Assert.Equal("radar", await bus.Locator("#source").InputValueAsync());
        await bus.Locator("#problem").FillAsync("출근 시간 간선버스 혼잡 민원이 한 달 600건을 넘습니다. 배차 조정은 지난달 통계에만 기대고 있어 혼잡 구간을 미리 알기 어렵습니다.");
        await bus.Locator("#topic").SelectOptionAsync("transport");
        await bus.Locator("#technique").SelectOptionAsync("classical_ml");
        await bus.Locator("#data-0").FillAsync("교통카드 승하차 통계(정류소·시간대 집계)");
        await bus.Locator("#kpi-0").FillAsync("혼잡 민원(월)");
        await bus.Locator("#kpi-unit-0").FillAsync("건");
        await bus.Locator("#kpi-base-0").FillAsync("600");
        await bus.Locator("#kpi-target-0").FillAsync("400");
        await bus.Locator("#kpi-better-0").SelectOptionAsync("lower");
        await bus.Locator("#crit-0").FillAsync("문제 해결 적합성");
        await bus.Locator("#crit-w-0").FillAsync("60");
        await bus.Locator("#crit-1").FillAsync("기술력");
        await bus.Locator("#crit-w-1").FillAsync("30");
        await bus.Locator("#challenge-save").ClickAsync();
        Assert.Contains("100", await bus.Locator("#form-errors").InnerTextAsync(), StringComparison.Ordinal); // weights sum to 90
        await browser.CheckAsync(bus, "h02-challenge-form-error");
        await bus.Locator("#crit-w-1").FillAsync("40");
        await bus.Locator("#challenge-save").ClickAsync();
        await BrowserSession.ArrivedAsync(bus, new Regex(@"/programme/challenges/CH-[^/]*$"));
        var code = Regex.Match(bus.Url, @"CH-\d{4}-\d+").Value;
        await bus.Locator("#submit-challenge").ClickAsync();
        Assert.Equal("승인 대기", (await bus.Locator("#challenge-status").InnerTextAsync()).Trim());
        await browser.CheckAsync(bus, "h03-challenge-submitted");

        var tower = await browser.LoginAsync(url, "admin", DasanHost.AdminPassword);
        await tower.GotoAsync(url + "/programme/challenges/" + code);
        await tower.Locator("#approve-challenge").ClickAsync();
        Assert.Equal("공모 중", (await tower.Locator("#challenge-status").InnerTextAsync()).Trim());
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync(url + "/challenges");
        Assert.True(await citizen.Locator("#open-h ~ article").CountAsync() >= 3);
        await browser.CheckAsync(citizen, "h04-public-list");
        var feed = await citizen.APIRequest.GetAsync(url + "/challenges/feed.xml");
        Assert.Contains($"/challenges/{code}", await feed.TextAsync(), StringComparison.Ordinal);

        // 2. A start-up registers (the check digit is verified), proposes to an open challenge and attaches a PDF.
        string open;
        long priceLimit;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var c = await db.Challenges.Where(x => x.Status == ChallengeStatus.Published && x.Code != code).OrderBy(x => x.Code).FirstAsync();
            (open, priceLimit) = (c.Code, BudgetBands.All[c.BudgetBand].Max);
        }

        var founder = await browser.NewPageAsync();
        await founder.GotoAsync(url + "/challenges/" + open);
        await browser.CheckAsync(founder, "h05-public-challenge");
        await founder.Locator("#propose").ClickAsync();
        await BrowserSession.ArrivedAsync(founder, new Regex(@"/startup/login"));
        await founder.GetByRole(AriaRole.Link, new() { Name = "기업 회원 가입" }).ClickAsync();
        await founder.Locator("#name").FillAsync("주식회사 한강데이터랩");
        await founder.Locator("#bizno").FillAsync("220-81-62518"); // wrong check digit
        await founder.Locator("#rep").FillAsync("정다은");
        await founder.Locator("#contact").FillAsync("문서진");
        await founder.Locator("#email").FillAsync("contact@hangang-lab.example.com");
        await founder.Locator("#phone").FillAsync("02-555-0199");
        await founder.Locator("#login").FillAsync("hangang-lab");
        await founder.Locator("#password").FillAsync("hangang-lab-2026!");
        await founder.Locator("#register-submit").ClickAsync();
        Assert.Contains("검증번호", await founder.Locator("#form-errors").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(founder, "h06-register-error");
        await founder.Locator("#bizno").FillAsync("220-81-62517");
        await founder.Locator("#password").FillAsync("hangang-lab-2026!");
        await founder.Locator("#register-submit").ClickAsync();
        await BrowserSession.ArrivedAsync(founder, new Regex(Regex.Escape("/startup/propose/" + open) + "$"));
        await browser.CheckAsync(founder, "h07-propose-form");
        await founder.Locator("#title").FillAsync("영상 판독 보조로 현장 확인 순서 정하기");
        await founder.Locator("#summary").FillAsync("현장 영상과 과거 점검 기록을 함께 분석해 위험 가능성이 높은 곳부터 확인 순서를 추천합니다. 담당자는 추천을 보고 확인 여부를 정합니다.");
        await founder.Locator("#approach").FillAsync("시 내부망에 분석 서버를 두고 원자료는 반출하지 않습니다. 판독 결과마다 근거 영상 구간을 보여 주어 담당자가 검증합니다.");
        await founder.Locator("#trl").FillAsync("8");
        await founder.Locator("#price").FillAsync((priceLimit / 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await founder.Locator("#months").FillAsync("6");
        await founder.Locator("#proposal-submit").ClickAsync();
        await BrowserSession.ArrivedAsync(founder, new Regex(@"/startup/proposals/CP-[^/]*$"));
        var number = (await founder.Locator("#proposal-number").InnerTextAsync()).Trim();
        var statusLink = (await founder.Locator("#status-link").InnerTextAsync()).Trim();
        await browser.CheckAsync(founder, "h08-proposal-confirmation");
        await founder.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "사업계획서.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n% 사업계획서\n"u8.ToArray() });
        await founder.Locator("#attach-submit").ClickAsync();
        Assert.Contains("사업계획서.pdf", await founder.Locator("#attachments").InnerTextAsync(), StringComparison.Ordinal);
        await founder.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "견적서.pdf.exe", MimeType = "application/octet-stream", Buffer = "MZ"u8.ToArray() });
        await founder.Locator("#attach-submit").ClickAsync();
        Assert.Contains("형식", await founder.Locator("#form-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("영상 판독 보조로 현장 확인 순서 정하기", await founder.Locator("#title").InputValueAsync()); // the edit form keeps what is stored
        await browser.CheckAsync(founder, "h09-proposal-attachments");

        var anyone = await browser.NewPageAsync();
        await anyone.GotoAsync(statusLink);
        Assert.Equal("심사 중", (await anyone.Locator("#status-outcome").InnerTextAsync()).Trim());
        await browser.CheckAsync(anyone, "h10-status-link");
        Assert.Equal(404, (await anyone.GotoAsync(statusLink[..^3] + "xyz"))!.Status);

        // 3. Another start-up sees only its own proposals; the first one's number is not found for it.
        var other = await browser.NewPageAsync();
        await other.GotoAsync(url + "/startup/login");
        await other.Locator("#login").FillAsync("startup02");
        await other.Locator("#password").FillAsync("dasan-demo");
        await other.Locator("#login-submit").ClickAsync();
        await BrowserSession.ArrivedAsync(other, new Regex(@"/startup$"));
        Assert.DoesNotContain(number, await other.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(other, "h11-other-startup");
        Assert.Equal(404, (await other.GotoAsync(url + "/startup/proposals/" + number))!.Status);
        long attachment;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            attachment = await db.ProposalAttachments.Where(a => db.Proposals.Any(p => p.Id == a.ProposalId && p.Number == number)).Select(a => a.Id).SingleAsync();
        }

        Assert.Equal(404, (await other.GotoAsync(url + "/challenges/attachments/" + attachment))!.Status);
        Assert.Equal(200, (await founder.APIRequest.GetAsync(url + "/challenges/attachments/" + attachment)).Status);

        // 4. Evaluation of a closed challenge: the owner assigns an evaluator, who declares, then scores blind.
        const string evaluating = "CH-2026-06";
        var waste = await browser.LoginAsync(url, "waste");
        await waste.GotoAsync(url + "/programme/challenges/" + evaluating);
        await waste.Locator("#evaluator-login").FillAsync("triage");
        await waste.Locator("#assign-evaluator").ClickAsync();
        Assert.Contains("triage", await waste.Locator("#evaluators").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(waste, "h12-owner-ranking");

        var judge = await browser.LoginAsync(url, "triage");
        await judge.GotoAsync(url + $"/programme/challenges/{evaluating}/evaluate");
        Assert.Equal(0, await judge.Locator("article").CountAsync()); // nothing before the declaration
        await browser.CheckAsync(judge, "h13-declaration");
        await judge.Locator("#declare").ClickAsync();
        var sheets = judge.Locator("form[id^=sheet-]");
        var count = await sheets.CountAsync();
        Assert.True(count >= 4);
        Assert.Equal(0, await judge.GetByText("다른 평가위원", new() { Exact = true }).CountAsync());
        await browser.CheckAsync(judge, "h14-score-sheets");
        for (var i = 0; i < count; i++)
        {
            var sheet = judge.Locator("form[id^=sheet-]").First;
            var criteria = await sheet.Locator("select").CountAsync();
            for (var k = 0; k < criteria; k++)
            {
                await sheet.Locator("select").Nth(k).SelectOptionAsync(i == 0 ? "9" : "5");
                await sheet.Locator("input[name^=Comment]").Nth(k).FillAsync(i == 0 ? "현장 적용 계획이 구체적입니다." : "근거 자료가 더 필요합니다.");
            }

            await sheet.Locator("button[id^=submit-]").ClickAsync();
            await judge.WaitForURLAsync("**/evaluate?saved=1", new() { WaitUntil = WaitUntilState.DOMContentLoaded }); // the URL is the same after each sheet: the load state tells the new page
        }

        Assert.True(await judge.GetByText("다른 평가위원", new() { Exact = true }).CountAsync() >= 1);
        await browser.CheckAsync(judge, "h15-after-submit");

        // 5. The owner decides: the top-ranked proposal is accepted and every applicant gets a letter.
        await waste.GotoAsync(url + "/programme/challenges/" + evaluating);
        await waste.Locator("#ranking input[name=Accepted]").First.CheckAsync();
        await waste.Locator("#decide").ClickAsync();
        Assert.Equal("결정 완료", (await waste.Locator("#challenge-status").InnerTextAsync()).Trim());
        string winner;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var decided = await db.Proposals.Include(p => p.Startup).Where(p => p.Challenge!.Code == evaluating).ToListAsync();
            Assert.All(decided, p => Assert.False(string.IsNullOrEmpty(p.DecisionLetter)));
            winner = decided.Single(p => p.Outcome == ProposalOutcome.Accepted).Startup!.Login;
        }

        var applicant = await browser.NewPageAsync();
        await applicant.GotoAsync(url + "/startup/login");
        await applicant.Locator("#login").FillAsync(winner);
        await applicant.Locator("#password").FillAsync("dasan-demo");
        await applicant.Locator("#login-submit").ClickAsync();
        await BrowserSession.ArrivedAsync(applicant, new Regex(@"/startup$"));
        var link = applicant.Locator("#my-proposals tr", new() { HasText = "선정" }).Locator("a");
        await link.First.ClickAsync();
        Assert.Contains("결과: 선정", await applicant.Locator("#decision-letter").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(applicant, "h16-decision-letter");
        Assert.Equal(0, await applicant.Locator("nav a[href='/staff']").CountAsync()); // a start-up session is not a staff session
        await applicant.GotoAsync(url + "/startup");
        await applicant.Locator("#startup-logout").ClickAsync();
        await BrowserSession.ArrivedAsync(applicant, new Regex(@"/challenges$"));
        await applicant.GotoAsync(url + "/startup");
        Assert.Contains("/startup/login", applicant.Url, StringComparison.Ordinal);

        // 6. The pilot: started with its terms (the portfolio gets it), measured, gated, finished with a certificate.
        await waste.Locator("#pilot-starts").FillAsync(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd"));
        await waste.Locator("#pilot-data").FillAsync("공동주택 배출량 집계만 시 내부망에서 이용, 원자료 반출 없음");
        await waste.Locator("#pilot-pia").FillAsync("PIA-2026-31");
        await waste.Locator("#start-pilot").ClickAsync();
        await BrowserSession.ArrivedAsync(waste, new Regex(@"/programme/pilots/PL-[^/]*$"));
        Assert.Equal("실증 중", (await waste.Locator("#pilot-status").InnerTextAsync()).Trim());
        await browser.CheckAsync(waste, "h17-pilot");
        await waste.Locator("#m-on").FillAsync(DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9)).ToString("yyyy-MM-dd"));
        await waste.Locator("#m-value").FillAsync("12.5");
        await waste.Locator("#measure").ClickAsync();
        Assert.Contains("12.5", await waste.Locator("#measurements").InnerTextAsync(), StringComparison.Ordinal);
        await waste.Locator("#finish-form textarea").FillAsync("최종 점검 전입니다.");
        await waste.Locator("#finish").ClickAsync();
        Assert.Contains("최종 점검", await waste.Locator("#action-error").InnerTextAsync(), StringComparison.Ordinal);
        await waste.Locator("#g-name").FillAsync("최종 점검");
        await waste.Locator("#g-note").FillAsync("목표 지표를 달성했고 운영 부서가 확대를 희망합니다.");
        await waste.Locator("#gate").ClickAsync();
        await waste.Locator("#finish-form textarea").FillAsync("수거 차량 운행 거리 감소가 확인되어 본 사업 구매를 권고합니다.");
        await waste.Locator("#finish").ClickAsync();
        Assert.Equal("실증 완료", (await waste.Locator("#pilot-status").InnerTextAsync()).Trim());
        await browser.CheckAsync(waste, "h18-pilot-finished");
        var pdf = await waste.APIRequest.GetAsync(await waste.Locator("#certificate a").GetAttributeAsync("href") is { } href ? url + href : "");
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]), StringComparison.Ordinal);
        var useCase = await waste.Locator("a[href^='/programme/use-cases/']").First.GetAttributeAsync("href");
        await waste.GotoAsync(url + useCase);
        Assert.Contains("실증", await waste.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(waste, "h19-portfolio-use-case");

        // 7. Leadership: challenges, proposals, pilots, certificates and the overdue decision.
        var mayor = await browser.LoginAsync(url, "supervisor");
        await mayor.GotoAsync(url + "/programme/leadership");
        Assert.Contains("CH-2026-05", await mayor.Locator("#hub-overdue").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("5", (await mayor.Locator("#hub-pilots").InnerTextAsync()).Trim());
        await browser.CheckAsync(mayor, "h20-leadership");
    }
}
