using System.Net;
using System.Text.RegularExpressions;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Dashboards;

public class DashboardPageTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Dashboard_WhenSupervisorOpensIt_DrawsTheMapOfTwentyFiveDistrictsAndEverySection(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var client = await StaffCookieClient.LoginAsync(host, "supervisor");
        var html = await client.GetStringAsync("/dashboard?" + DashboardApiTests.Period(400));
        Assert.Equal(25, Regex.Matches(html, "<path d=\"M[^\"]+Z\" fill=\"[^\"]+\"[^>]*data-district=\"").Count);
        Assert.Contains("data-district=\"마포구\"", html, StringComparison.Ordinal);
        foreach (var id in new[] { "volume-heading", "map-heading", "backlog-heading", "timing-heading", "triage-heading" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("<select id=\"department\"", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/dashboard/backlog.csv?", html, StringComparison.Ordinal);
        var csv = await client.GetAsync("/api/v1/dashboard/backlog.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Dashboard_WhenStaffOpensIt_ShowsOnlyTheirDepartment(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var client = await StaffCookieClient.LoginAsync(host, "waste");
        var html = await client.GetStringAsync("/dashboard?" + DashboardApiTests.Period(400));
        Assert.Contains("<small>자원순환과</small>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<select id=\"department\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("버스정책과", html, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Dashboard_WhenFiltersAreBadOrEnglish_ExplainsAndTranslates(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var client = await StaffCookieClient.LoginAsync(host, "supervisor");
        var bad = await client.GetStringAsync("/dashboard?from=2026-99-01");
        Assert.Contains("role=\"alert\"", bad, StringComparison.Ordinal);
        Assert.Contains("from:", bad, StringComparison.Ordinal);
        var english = await client.GetStringAsync("/dashboard?culture=en");
        Assert.Contains("Requests over time", english, StringComparison.Ordinal);
        Assert.Contains("Mapo-gu", english, StringComparison.Ordinal);
        var anonymous = await host.App.GetTestClientOrNew(host.BaseUrl).GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }
}
