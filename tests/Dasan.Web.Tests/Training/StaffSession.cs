using System.Net;
using System.Text.RegularExpressions;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;

namespace Dasan.Web.Tests.Training;

/// <summary>An HTTP client logged in through the real staff login form (cookie), for tests of cookie-authenticated endpoints.</summary>
public static partial class StaffSession
{
    public static async Task<HttpClient> LoginAsync(DasanHost host, string login, string password = "dasan-demo")
    {
        var client = CookieClient(host);
        var form = await client.GetStringAsync("/staff/login");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = login, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client of the test server that keeps the cookies it is given (no one logged in yet).</summary>
    public static HttpClient CookieClient(DasanHost host) =>
        new(new CookieHandler { InnerHandler = host.App.GetTestServer().CreateHandler() }) { BaseAddress = new Uri(host.BaseUrl) };

    /// <summary>The antiforgery token of a page's form.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path) =>
        TokenPattern().Match(await client.GetStringAsync(path)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed class CookieHandler : DelegatingHandler
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var header = _cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var v in values)
                {
                    _cookies.SetCookies(request.RequestUri!, v);
                }
            }

            return response;
        }
    }
}
