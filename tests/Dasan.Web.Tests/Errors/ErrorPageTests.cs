using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Training;

namespace Dasan.Web.Tests.Errors;

/// <summary>People on a page get an error page in the site's layout and language; programs still get problem+json.</summary>
public sealed class ErrorPageTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task MistypedAddress_FromABrowser_IsAKoreanPageAndFromAProgram_ProblemJson(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var client = host.App.GetTestClientOrNew(host.BaseUrl);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/reqeusts/new");
        page.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var response = await client.SendAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ko\"", html, StringComparison.Ordinal);
        Assert.Contains("찾으시는 페이지가 없습니다", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/requests/new\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\":404", html, StringComparison.Ordinal);

        var english = new HttpRequestMessage(HttpMethod.Get, "/reqeusts/new?culture=en");
        english.Headers.Add("Accept", "text/html");
        var englishHtml = await (await client.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Contains("Page not found", englishHtml, StringComparison.Ordinal);

        var program = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, program.StatusCode);
        Assert.Equal("application/problem+json", program.Content.Headers.ContentType!.MediaType);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task AnotherDepartmentsRequest_OpenedByStaff_IsAKoreanPageNotJson(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var integration = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var created = await (await integration.PostAsJsonAsync("/api/v1/requests", new
        {
            title = "공원 벤치가 부서졌어요",
            body = "동네 근린공원 벤치 다리가 부러져서 앉으면 넘어질 것 같아요. 고쳐 주세요.",
        })).Content.ReadFromJsonAsync<JsonElement>();
        using var supervisor = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var number = created.GetProperty("trackingNumber").GetString();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/requests/{number}/reassign", new { departmentCode = "parking-planning", reason = "테스트" })).StatusCode);

        using var bus = await StaffSession.LoginAsync(host, "bus");
        using var open = new HttpRequestMessage(HttpMethod.Get, $"/staff/requests/{created.GetProperty("id").GetInt64()}");
        open.Headers.Add("Accept", "text/html");
        var response = await bus.SendAsync(open);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, response.StatusCode.ToString());
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("id=\"error-heading\"", html, StringComparison.Ordinal);
        Assert.Contains("업무 대기열", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(Request not found.)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("공원 벤치", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task TooLargeForm_FromABrowser_IsAKoreanPage()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var client = host.App.GetTestClientOrNew(host.BaseUrl);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/requests/new")
        {
            // Over 5 MB: the error page must not read it (it answered 404 after reading it all, the limit being 256 KiB).
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = new string('가', 600_000) }),
        };
        post.Headers.Add("Accept", "text/html");
        var response = await client.SendAsync(post);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("보낸 내용이 너무 큽니다", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ko\"", html, StringComparison.Ordinal);
    }
}
