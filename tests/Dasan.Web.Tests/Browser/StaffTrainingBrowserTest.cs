using Dasan.Core.Programme.Training;
using Dasan.Web.Tests.Infrastructure;
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
    [SkippableFact]
    public async Task StaffPassesL0Quiz_DepartmentCompletionShareRises()
    {
        Skip.IfNot(BrowserSession.Available, BrowserSession.NotInstalled);
        await using var host = await DasanHost.StartAsync("sqlite", kestrel: true);
        await using var browser = await BrowserSession.StartAsync(output);
        var busDept = await host.DepartmentIdAsync("버스정책과");

        var supervisor = await browser.LoginAsync(host.BaseUrl, "supervisor");
        await supervisor.GotoAsync($"{host.BaseUrl}/programme/training/department?DepartmentId={busDept}");
        var before = Share(await supervisor.Locator("#l0-share").InnerTextAsync());
        await browser.CheckAsync(supervisor, "training-01-department-before");

        var officer = await browser.LoginAsync(host.BaseUrl, "bus");
        await officer.GotoAsync(host.BaseUrl + "/programme/training");
        Assert.Contains("인증 미취득", await officer.Locator("#cert-L0").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(officer, "training-02-my-progress");
        foreach (var (code, step) in new[] { ("AIL0-01", 3), ("AIL0-02", 6) })
        {
            await officer.GotoAsync(host.BaseUrl + "/programme/training");
            await officer.Locator($"a[href='/programme/training/modules/{code}']").First.ClickAsync();
            await officer.Locator("#mark-read").ClickAsync();
            Assert.Contains("학습 완료", await officer.Locator("#message").InnerTextAsync(), StringComparison.Ordinal);
            await browser.CheckAsync(officer, $"training-0{step}-module-{code}");
            await officer.Locator("#start-quiz").ClickAsync();
            await BrowserSession.ArrivedAsync(officer, new System.Text.RegularExpressions.Regex(@"/programme/training/attempts/[^/?]+$"));
            Assert.Equal(0, await officer.Locator("[data-answer]").CountAsync());
            await browser.CheckAsync(officer, $"training-0{step + 1}-quiz-{code}");
            foreach (var q in Curriculum.Shipped().Module(code)!.Quiz)
            {
                // Each attempt draws its questions from the pool: answer those shown.
                if (await officer.Locator($"#{q.Id}-{q.Answer}").CountAsync() > 0)
                {
                    await officer.Locator($"#{q.Id}-{q.Answer}").CheckAsync();
                }
            }

            await officer.Locator("#submit-quiz").ClickAsync();
            Assert.Equal("100", (await officer.Locator("#score").InnerTextAsync()).Trim());
            Assert.Equal(1, await officer.Locator("#completed-until").CountAsync());
            await browser.CheckAsync(officer, $"training-0{step + 2}-result-{code}");
        }

        await officer.GotoAsync(host.BaseUrl + "/programme/training");
        Assert.Contains("인증 유효", await officer.Locator("#cert-L0").InnerTextAsync(), StringComparison.Ordinal);
        await browser.CheckAsync(officer, "training-09-my-progress-certified");

        await supervisor.ReloadAsync();
        var after = Share(await supervisor.Locator("#l0-share").InnerTextAsync());
        output.WriteLine($"버스정책과 L0 share: {before}% → {after}%");
        Assert.True(after > before, $"L0 share should rise: {before} → {after}");
        await browser.CheckAsync(supervisor, "training-10-department-after");

        var admin = await browser.LoginAsync(host.BaseUrl, "admin", DasanHost.AdminPassword);
        await admin.GotoAsync(host.BaseUrl + "/programme/training/admin");
        var csv = Path.Combine(host.DataDirectory, "roster.csv");
        await File.WriteAllTextAsync(csv, "employee_no,name,department,grade,job_role,operates_tier\nB-1,가상하나,버스정책과,7급,민원,\nB-2,,버스정책과,7급,민원,\n");
        await admin.Locator("#file").SetInputFilesAsync(csv);
        await admin.GetByRole(AriaRole.Button, new() { Name = "가져오기" }).ClickAsync();
        Assert.Equal("1", (await admin.Locator("#rejected-count").InnerTextAsync()).Trim());
        await browser.CheckAsync(admin, "training-11-admin-import");
    }

    private static double Share(string text) => double.Parse(text.Trim().TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture);
}
