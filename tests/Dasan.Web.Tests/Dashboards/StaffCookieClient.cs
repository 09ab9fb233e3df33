using System.Net;
using System.Text.RegularExpressions;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Dashboards;

/// <summary>Signs a demo staff account in through the login form and returns a client that sends its cookies.</summary>
public static partial class StaffCookieClient
{
    public static async Task<HttpClient> LoginAsync(DasanHost host, string login, string password = "dasan-demo")
    {
        var client = host.App.GetTestClientOrNew(host.BaseUrl);
        var cookies = new CookieContainer();
        var form = await client.GetAsync("/staff/login");
        Remember(cookies, client.BaseAddress!, form);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/staff/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Login"] = login, ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", cookies.GetCookieHeader(client.BaseAddress!));
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Remember(cookies, client.BaseAddress!, signedIn);
        client.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(client.BaseAddress!));
        return client;
    }

    private static void Remember(CookieContainer cookies, Uri uri, HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            cookies.SetCookies(uri, header.Replace("samesite=strict", "", StringComparison.OrdinalIgnoreCase));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
