using Dasan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
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
    [SkippableFact]
    public async Task CitizenSubmits_OfficerAnswers_CitizenSeesAnswer()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        // Every request waits for the triage desk here, so the test walks the human routing path.
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Triage:AutoAssignThreshold=1.01"], kestrel: true);
        await using var browser = await BrowserSession.StartAsync(output);

        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync(host.BaseUrl + "/requests/new");
        await browser.CheckAsync(citizen, "01-form");
        await citizen.GetByLabel("제목").FillAsync("7016번 버스 퇴근길 배차 간격이 너무 길어요");
        await citizen.GetByLabel("유형").SelectOptionAsync("suggestion");
        await citizen.Locator("#Body").FillAsync("평일 저녁 6시~7시 사이 상명대 방향 7016번 버스가 25분 넘게 오지 않습니다. 증차를 검토해 주세요.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "접수하기" }).ClickAsync();
        var number = (await citizen.Locator("#tracking-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{4}-\d{7}$", number);
        var statusPath = await citizen.Locator("#status-link").GetAttributeAsync("href");
        await browser.CheckAsync(citizen, "02-submitted");
        Assert.Equal(0, await citizen.Locator("#emergency-advice").CountAsync());

        // Danger to life: the confirmation tells the citizen to call 119 now (issue 14).
        var caller = await browser.NewPageAsync();
        await caller.GotoAsync(host.BaseUrl + "/requests/new");
        await caller.GetByLabel("제목").FillAsync("사람이 쓰러졌어요");
        await caller.Locator("#Body").FillAsync("지하철역 출구 앞에서 사람이 쓰러졌어요 숨을 안 쉬어요");
        await caller.GetByRole(AriaRole.Button, new() { Name = "접수하기" }).ClickAsync();
        var advice = caller.Locator("#emergency-advice");
        Assert.Contains("119", await advice.InnerTextAsync());
        Assert.Equal("tel:119", await advice.Locator("a").GetAttributeAsync("href"));
        await browser.CheckAsync(caller, "02b-emergency-advice");

        var triage = await browser.LoginAsync(host.BaseUrl, "triage");
        await triage.GotoAsync(host.BaseUrl + "/staff?q=" + number);
        await browser.CheckAsync(triage, "03-triage-queue");
        await triage.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        // The AI's pick is offered first and preselected in the list (issue 15).
        Assert.Contains("버스정책과", await triage.Locator("#accept-ai").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("버스정책과", await triage.Locator("#DepartmentId option:checked").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(triage, "03b-triage-request");
        await triage.Locator("#DepartmentId").SelectOptionAsync(new SelectOptionValue { Label = "교통실 · 버스정책과" });
        await triage.GetByRole(AriaRole.Button, new() { Name = "보내기", Exact = true }).ClickAsync();
        await BrowserSession.ArrivedAsync(triage, new System.Text.RegularExpressions.Regex(@"/staff\?moved=1$"));

        // A notification on the queue, so axe also checks its "확인" button (issue 15: contrast 1.14).
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Dasan.Core.Data.DasanDbContext>();
            db.Notifications.Add(new Dasan.Core.Triage.Notification
            {
                DepartmentId = await host.DepartmentIdAsync("버스정책과"), Kind = "radar.assigned", Message = "이슈 레이더: 7016번 배차 민원이 늘고 있습니다.",
                At = TimeProvider.System.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        var officer = await browser.LoginAsync(host.BaseUrl, "bus");
        await officer.GotoAsync(host.BaseUrl + "/staff");
        Assert.Equal(1, await officer.GetByRole(AriaRole.Button, new() { Name = "확인", Exact = true }).CountAsync());
        await browser.CheckAsync(officer, "04-bus-queue");
        await officer.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await officer.Locator("#accept").ClickAsync();
        // The draft restates the request, says what happens next and by when, and marks what only the officer knows
        // (issue 15: it was an empty template); sent unchanged it is refused, so no citizen gets the gaps.
        var draft = await officer.Locator("#AnswerText").InputValueAsync();
        Assert.Contains(number, draft, StringComparison.Ordinal);
        Assert.Contains("7016번 버스 퇴근길 배차 간격", draft, StringComparison.Ordinal);
        Assert.Contains("제안을 보내 주셨습니다", draft, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}년 \d{1,2}월 \d{1,2}일까지", draft);
        Assert.Contains("【확인 후 기재", draft, StringComparison.Ordinal);
        await officer.Locator("#send-answer").ClickAsync();
        Assert.Contains("【 】", await officer.Locator(".errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEqual("답변 완료", (await officer.Locator("#status").InnerTextAsync()).Trim());
        await browser.CheckAsync(officer, "04b-draft-refused");
        await officer.Locator("#AnswerText").FillAsync("7016번 노선 퇴근 시간대 배차를 점검하여 다음 달부터 2대 증차하겠습니다. 의견 주셔서 감사합니다.");
        await officer.Locator("#send-answer").ClickAsync();
        Assert.Equal("답변 완료", (await officer.Locator("#status").InnerTextAsync()).Trim());
        await browser.CheckAsync(officer, "05-answered");

        await citizen.GotoAsync(host.BaseUrl + statusPath);
        Assert.Contains("2대 증차하겠습니다", await citizen.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(citizen, "06-status-page");
        await citizen.GotoAsync(host.BaseUrl + "/track");
        await citizen.GetByLabel("접수번호 또는 접수 확인 링크").FillAsync(host.BaseUrl + statusPath);
        await browser.CheckAsync(citizen, "06a-track-form");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "조회하기" }).ClickAsync();
        Assert.Contains("2대 증차하겠습니다", await citizen.Locator("#answer").InnerTextAsync(), StringComparison.Ordinal);

        await citizen.GotoAsync(host.BaseUrl + "/ask");
        await citizen.GetByLabel("질문").FillAsync("청년 월세 지원 대상이 누구예요?");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "답 찾기" }).ClickAsync();
        await citizen.Locator("#citations li").First.WaitForAsync(); // the answer streams in without a page load
        Assert.True(await citizen.Locator("#citations li").CountAsync() > 0);
        await browser.CheckAsync(citizen, "06b-ask");

        var admin = await browser.LoginAsync(host.BaseUrl, "admin", DasanHost.AdminPassword);
        await admin.GotoAsync(host.BaseUrl + "/admin/audit?entity=" + number);
        var trail = await admin.Locator("table").InnerTextAsync();
        Assert.Contains("민원 · 답변", trail, StringComparison.Ordinal);
        Assert.DoesNotContain("request.", trail, StringComparison.Ordinal);
        await browser.CheckAsync(admin, "07-audit");

        // The whole log pages 50 at a time and fits the window (issue 15: one 2,000 px wide page).
        await admin.GotoAsync(host.BaseUrl + "/admin/audit");
        Assert.Equal(50, await admin.Locator("table.audit tbody tr").CountAsync());
        var newest = await admin.Locator("table.audit tbody tr td").First.InnerTextAsync();
        Assert.True(await admin.EvaluateAsync<int>("document.documentElement.scrollWidth") <= await admin.EvaluateAsync<int>("window.innerWidth") + 1);
        await admin.Locator("#audit-older").ClickAsync();
        var older = await admin.Locator("table.audit tbody tr td").First.InnerTextAsync();
        Assert.True(long.Parse(older, System.Globalization.CultureInfo.InvariantCulture) < long.Parse(newest, System.Globalization.CultureInfo.InvariantCulture) - 49);
        await browser.CheckAsync(admin, "07b-audit-older");
        // A request acknowledged before triage (ADR 0328) that failed five times waits in the journal: the citizen sees
        // it waiting, the admin sees it set aside.
        var waiting = await JournalSetAsideAsync(host);
        await citizen.GotoAsync(host.BaseUrl + SubmittedViewsPath(host, waiting));
        Assert.Equal("배정 대기", (await citizen.Locator("#status").InnerTextAsync()).Trim());
        await browser.CheckAsync(citizen, "06c-status-queued");
        await admin.GotoAsync(host.BaseUrl + "/admin/jobs");
        Assert.Equal("1", (await admin.Locator("#journal-aside").InnerTextAsync()).Trim());
        Assert.Contains("대시보드 집계 갱신", await admin.Locator("#jobs").InnerTextAsync(), StringComparison.Ordinal);
        await admin.Locator("#job-dashboard-rollup button").ClickAsync();
        Assert.Contains("요청됨", await admin.Locator("#job-dashboard-rollup").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(admin, "07c-jobs");
        await admin.GotoAsync(host.BaseUrl + "/admin/models");
        await browser.CheckAsync(admin, "08-models");
        await admin.GotoAsync(host.BaseUrl + "/requests/new?culture=en");
        await browser.CheckAsync(admin, "09-form-english");
    }

    private static async Task<string> JournalSetAsideAsync(DasanHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Dasan.Core.Data.DasanDbContext>();
        var number = $"{TimeProvider.System.GetUtcNow().Year}-9{Random.Shared.Next(100000, 999999)}";
        db.IntakeJournal.Add(new Dasan.Core.Requests.JournaledRequest
        {
            TrackingNumber = number, Channel = Dasan.Core.Requests.RequestChannel.Api, ActorKind = Dasan.Core.Access.ActorKind.Integration,
            ActorName = "apikey:browser-test", Submission = "{\"title\":\"공원 가로등 고장\",\"body\":\"보라매공원 가로등이 꺼져 있어요.\"}",
            ReceivedAt = TimeProvider.System.GetUtcNow().UtcDateTime, Attempts = Dasan.Core.Requests.IntakeJournalDrain.MaxAttempts,
            LastError = "테스트: 저장 실패",
        });
        await db.SaveChangesAsync();
        return number;
    }

    private static string SubmittedViewsPath(DasanHost host, string number) =>
        Dasan.Web.Api.SubmittedViews.StatusPath(number, host.Services.GetRequiredService<Dasan.Core.Requests.StatusLinkSigner>().Secret(number));
}
