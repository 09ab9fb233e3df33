using System.Net;
using System.Text.RegularExpressions;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Pages;

public partial class CitizenPagesTests
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task RequestForm_WhenSubmittedEmptyThenValid_ShowsFieldErrorsThenTrackingNumber(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var client = host.App.GetTestClientOrNew(host.BaseUrl);
        var get = await client.GetAsync("/requests/new");
        var form = await get.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", get.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Contains("<html lang=\"ko\"", form, StringComparison.Ordinal);
        var token = Token().Match(form).Groups[1].Value;

        var empty = await client.PostAsync("/requests/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Title"] = "", ["Body"] = "",
        }));
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains("제목을 입력해 주세요", emptyHtml, StringComparison.Ordinal);
        Assert.Contains("내용을 입력해 주세요", emptyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Title is required", emptyHtml, StringComparison.Ordinal);

        // Every problem at once: a missing title and body beside contact details given without consent.
        var several = await client.PostAsync("/requests/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Title"] = "", ["Body"] = "", ["ContactPhone"] = "010-2345-6789",
        }));
        var severalHtml = await several.Content.ReadAsStringAsync();
        Assert.Contains("제목을 입력해 주세요", severalHtml, StringComparison.Ordinal);
        Assert.Contains("내용을 입력해 주세요", severalHtml, StringComparison.Ordinal);
        Assert.Contains("개인정보 수집·이용에 동의해 주세요", severalHtml, StringComparison.Ordinal);
        Assert.True(severalHtml.IndexOf("href=\"#Title\"", StringComparison.Ordinal) < severalHtml.IndexOf("href=\"#Body\"", StringComparison.Ordinal));
        Assert.Contains("id=\"Title\" aria-invalid=\"true\"", severalHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"Consent\" aria-invalid=\"true\"", severalHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Address\" aria-invalid", severalHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"010-2345-6789\"", severalHtml, StringComparison.Ordinal);

        var ok = await client.PostAsync("/requests/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Title"] = "공원 가로등이 꺼져 있어요", ["Body"] = "보라매공원 정문 옆 가로등 3개가 일주일째 꺼져 있습니다.", ["Type"] = "grievance",
        }));
        var html = await ok.Content.ReadAsStringAsync();
        Assert.Matches(@"id=""tracking-number"">\d{4}-\d{7}<", html);

        // Issue 15: the lookup takes the pasted link, or the number without its hyphen plus the code shown on the page.
        var number = Regex.Match(html, @"id=""tracking-number"">(\d{4}-\d{7})<").Groups[1].Value;
        var code = Regex.Match(html, @"id=""check-code""[^>]*>([A-Za-z0-9_\-]+)<").Groups[1].Value;
        var link = Regex.Match(html, @"id=""status-link"" href=""[^""]*"">([^<]+)<").Groups[1].Value;
        Assert.NotEmpty(code);
        var pasted = await client.GetAsync("/track?no=" + Uri.EscapeDataString(" " + System.Net.WebUtility.HtmlDecode(link) + " "));
        Assert.Equal(HttpStatusCode.Redirect, pasted.StatusCode);
        Assert.Contains("가로등", await client.GetStringAsync(pasted.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var typed = await client.GetAsync($"/track?no={number.Replace("-", "", StringComparison.Ordinal)}&k={code}");
        Assert.Contains("가로등", await client.GetStringAsync(typed.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var junk = await client.GetAsync("/track?no=" + Uri.EscapeDataString("접수번호 몰라요"));
        Assert.Equal(HttpStatusCode.BadRequest, junk.StatusCode);
        Assert.Contains("접수번호를 찾지 못했습니다", await junk.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task StaffPages_WhenNotLoggedIn_RedirectToLogin(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var client = host.App.GetTestClientOrNew(host.BaseUrl);
        var response = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/culture?c=en&returnUrl=/")).StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task RequestForm_WhenEnglishChosen_IsInEnglishWithEnglishLang(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var client = host.App.GetTestClientOrNew(host.BaseUrl);
        var html = await client.GetStringAsync("/requests/new?culture=en");
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Submit a request", html, StringComparison.Ordinal);
        Assert.Contains("Title", html, StringComparison.Ordinal);
    }
}
