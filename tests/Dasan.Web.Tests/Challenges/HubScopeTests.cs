using System.Net;
using System.Text.RegularExpressions;
using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Challenges;

/// <summary>
/// Issue 17 role scoping over HTTP on the seeded sample: the public sees only approved challenges; a start-up's cookie
/// opens its own pages, never staff pages or another's proposal; an evaluator sees only assigned challenges; the ranking
/// is for the owning bureau and city-wide roles.
/// </summary>
public sealed partial class HubScopeTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Public_SeesApprovedChallengesOnly_AndPilotsReachTheRegister(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var list = await host.Client.GetStringAsync("/challenges");
        Assert.Contains("CH-2026-08", list, StringComparison.Ordinal);
        Assert.DoesNotContain("CH-2026-11", list, StringComparison.Ordinal); // awaiting approval
        Assert.DoesNotContain("CH-2026-12", list, StringComparison.Ordinal); // draft
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/challenges/CH-2026-12")).StatusCode);
        var feed = await host.Client.GetStringAsync("/challenges/feed.xml");
        Assert.Contains("<feed", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("CH-2026-01", feed, StringComparison.Ordinal); // decided: not in the open feed
        var register = await host.Client.GetStringAsync("/ai-register?q=" + Uri.EscapeDataString("따릉이"));
        Assert.Contains("실증", register, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/challenges/attachments/1")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task StartupCookie_OpensOwnProposalsOnly_AndNoStaffPage(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var startup = await StartupLoginAsync(host, "startup01");
        var mine = await startup.GetStringAsync("/startup");
        var numbers = Number().Matches(mine).Select(m => m.Value).Distinct().ToList();
        Assert.NotEmpty(numbers);
        Assert.Equal(HttpStatusCode.OK, (await startup.GetAsync("/startup/proposals/" + numbers[0])).StatusCode);
        using var other = await StartupLoginAsync(host, "startup02");
        Assert.All(numbers, n => Assert.DoesNotContain(n, other.GetStringAsync("/startup").GetAwaiter().GetResult(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/startup/proposals/" + numbers[0])).StatusCode);
        var staffPage = await startup.GetAsync("/programme/challenges");
        Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
        Assert.Contains("/staff/login", staffPage.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await host.Client.GetAsync("/startup")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Evaluators_SeeAssignedOnly_RankingIsForOwners(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var eval1 = await StaffSession.LoginAsync(host, "eval1");
        Assert.Equal(HttpStatusCode.OK, (await eval1.GetAsync("/programme/challenges/CH-2026-06/evaluate")).StatusCode);
        using var parking = await StaffSession.LoginAsync(host, "parking");
        Assert.Equal(HttpStatusCode.NotFound, (await parking.GetAsync("/programme/challenges/CH-2026-06/evaluate")).StatusCode);
        var outsider = await parking.GetStringAsync("/programme/challenges/CH-2026-06");
        Assert.DoesNotContain("id=\"ranking\"", outsider, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await parking.GetAsync("/programme/challenges/CH-2026-12")).StatusCode); // another bureau's draft
        using var waste = await StaffSession.LoginAsync(host, "waste");
        Assert.Contains("id=\"ranking\"", await waste.GetStringAsync("/programme/challenges/CH-2026-06"), StringComparison.Ordinal);
        using var mayor = await StaffSession.LoginAsync(host, "supervisor");
        Assert.Contains("id=\"hub\"", await mayor.GetStringAsync("/programme/leadership"), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task StartupLogin_FiveFailuresLockTheAccount_EvenForTheRightPassword(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, await PostLoginAsync(host, "startup09", "wrong-password"));
        }

        Assert.Equal(HttpStatusCode.BadRequest, await PostLoginAsync(host, "startup09", "dasan-demo"));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Dasan.Core.Data.DasanDbContext>();
        Assert.True(await db.AuditEvents.CountAsync(a => a.Action == "startup.login_locked" && a.EntityId == "startup09") >= 1);
    }

    private static async Task<HttpStatusCode> PostLoginAsync(DasanHost host, string login, string password)
    {
        using var client = StaffSession.CookieClient(host);
        var token = await StaffSession.TokenAsync(client, "/startup/login");
        using var response = await client.PostAsync("/startup/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = login, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode;
    }

    private static async Task<HttpClient> StartupLoginAsync(DasanHost host, string login)
    {
        var client = StaffSession.CookieClient(host);
        var token = await StaffSession.TokenAsync(client, "/startup/login");
        using var response = await client.PostAsync("/startup/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = login, ["Password"] = "dasan-demo", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex(@"CP-\d{4}-\d{5}")]
    private static partial Regex Number();
}
