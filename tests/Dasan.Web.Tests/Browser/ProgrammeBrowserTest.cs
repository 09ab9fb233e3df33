using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Programme;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Browser;

/// <summary>
/// The plan workflow in Chromium: the bus policy planner registers a piloted use case with its assessment and submits
/// it, the control tower approves it, and it appears on the public register and in the leadership view (with training
/// figures from a fake summary). Every page is checked with axe; screenshots go to TestResults/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ProgrammeBrowserTest(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task PlannerSubmits_ControlTowerApproves_RegisterAndLeadershipShowIt()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var host = await ProgrammeHost.StartAsync();
        await using var browser = await BrowserSession.StartAsync(output);
        const string name = "버스 정류소 혼잡도 예측 안내";

        var planner = await browser.LoginAsync(host.BaseUrl, "bus");
        await planner.GotoAsync(host.BaseUrl + "/programme/edit");
        await browser.CheckAsync(planner, "p01-plan-form");
        await planner.Locator("#name").FillAsync(name);
        await planner.Locator("#summary").FillAsync("정류소별 승객 혼잡도를 예측해 버스정보안내단말기에 보여 줍니다. 시민은 덜 붐비는 버스를 고를 수 있습니다.");
        await planner.Locator("#owner_role").FillAsync("교통실 버스정책과 버스운영팀장");
        await planner.Locator("#topic_area").SelectOptionAsync("transport");
        await planner.Locator("#seoul_field").SelectOptionAsync("매력서비스");
        await planner.Locator("#stage").SelectOptionAsync("pilot");
        await planner.Locator("#stage_date").FillAsync("2026-11-02");
        await planner.Locator("#review_by").FillAsync("2027-05-31");
        await planner.Locator("#technique").SelectOptionAsync("classical_ml");
        await planner.Locator("#sourcing").SelectOptionAsync("in_house");
        await planner.Locator("#problem").FillAsync("출퇴근 시간 일부 정류소에 승객이 몰려 차내 혼잡과 안전 위험이 크다.");
        await planner.Locator("#expected_benefits").FillAsync("승객이 분산되어 혼잡이 줄고 배차 조정 근거가 생긴다.");
        await planner.Locator("input[name=outputs][value=prediction]").CheckAsync();
        await planner.Locator("#automation").FillAsync("예측값은 안내 단말기에 자동으로 표시된다. 배차 변경은 담당자가 결정한다.");
        await planner.Locator("#ds-0").FillAsync("교통카드 승하차 통계(정류소·시간대별 집계)");
        await planner.Locator("#risk-0").FillAsync("예측 오류로 특정 버스에 승객이 몰림");
        await planner.Locator("#mit-0").FillAsync("예측 정확도를 매주 점검하고 기준 미달이면 표시를 끈다.");
        await planner.Locator("#kpi-0-metric").FillAsync("혼잡 정류소 대기 승객 감소율");
        await planner.Locator("#kpi-0-unit").FillAsync("%");
        await planner.Locator("#kpi-0-target").FillAsync("15");
        await planner.Locator("#kpi-0-period").FillAsync("2026-11~2027-04");
        await planner.Locator("#kpi-0-how_measured").FillAsync("교통카드 자료로 시범 정류소의 대기 승객을 비교");
        await planner.EvaluateAsync("() => document.querySelectorAll(\"input[type=radio][value$='-a'], input[type=radio][value=no]\").forEach(r => r.checked = true)");
        await planner.Locator("#save").ClickAsync();
        await BrowserSession.ArrivedAsync(planner, new System.Text.RegularExpressions.Regex(@"/programme/use-cases/[^/?]+\?saved=1$"));
        var code = (await planner.Locator("h1 small").InnerTextAsync()).Trim();
        Assert.Equal(1, await planner.Locator(".badge.tier-I").CountAsync());
        await planner.Locator("#submit-plan").ClickAsync();
        Assert.Equal("검토 요청", (await planner.Locator("#plan-status").InnerTextAsync()).Trim());
        await browser.CheckAsync(planner, "p02-submitted");

        var tower = await browser.LoginAsync(host.BaseUrl, "admin", DasanHost.AdminPassword);
        await tower.GotoAsync(host.BaseUrl + "/programme");
        Assert.Contains(code, await tower.Locator("#alerts-h + ul").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(tower, "p03-portfolio");
        await tower.GotoAsync(host.BaseUrl + "/programme/use-cases/" + code);
        await tower.Locator("#c-approve").FillAsync("시범 운영 승인합니다. 분기마다 정확도를 보고해 주세요.");
        await tower.Locator("#approve-plan").ClickAsync();
        Assert.Equal("승인", (await tower.Locator("#plan-status").InnerTextAsync()).Trim());
        await browser.CheckAsync(tower, "p04-approved");

        var citizen = await browser.NewPageAsync(width: 1280); // Playwright's default width, as before
        await citizen.GotoAsync(host.BaseUrl + "/ai-register");
        // Ten to a page with search (issue 15: one 22,000 px page).
        Assert.Equal(10, await citizen.Locator("article.register-entry").CountAsync());
        await browser.CheckAsync(citizen, "p05-register");
        await citizen.Locator("#register-next").ClickAsync();
        Assert.Contains("2/", await citizen.Locator("#register-count").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GetByLabel("검색어").FillAsync(name);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "찾기" }).ClickAsync();
        Assert.Contains(name, await citizen.Locator("#entry-" + code).InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GetByLabel("검색어").FillAsync("UC-033");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "찾기" }).ClickAsync();
        Assert.Equal(1, await citizen.Locator("article.register-entry").CountAsync());
        Assert.Contains("비공개", await citizen.Locator("#entry-UC-033").TextContentAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(citizen, "p05b-register-search");

        var mayor = await browser.LoginAsync(host.BaseUrl, "supervisor");
        await mayor.GotoAsync(host.BaseUrl + "/programme/leadership");
        Assert.Equal("57", (await mayor.Locator("#total-use-cases").InnerTextAsync()).Trim()); // 50 samples, Dasan's two, 4 hub pilots, this one
        Assert.Contains("교통실", await mayor.Locator("#bureau-table").InnerTextAsync(), StringComparison.Ordinal);
        // The curriculum's seeded roster feeds the leadership view through IStaffTrainingSummary.
        Assert.Matches(@"^[1-9]\d?(\.\d)?%$", (await mayor.Locator("#l0-share").InnerTextAsync()).Trim());
        await browser.CheckAsync(mayor, "p06-leadership");
        await mayor.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await browser.ShotAsync(mayor, "p07-leadership-print");
    }
}
