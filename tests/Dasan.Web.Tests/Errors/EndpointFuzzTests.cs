using System.Net.Http.Headers;
using System.Text;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Training;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dasan.Web.Tests.Errors;

/// <summary>
/// Issue 15: every endpoint the server maps, called with hostile input — impossible dates, huge and negative numbers,
/// NUL and control characters, path tricks, malformed JSON, a bogus charset, broken multipart, a corrupt spreadsheet —
/// anonymously, with an admin API key and with a supervisor's cookie, answers anything but a 5xx.
/// </summary>
public sealed class EndpointFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] RouteValues = ["2026-0000001", "UC-001", "..%2F..%2Fetc%2Fpasswd", "%E2%80%8B", "999999999999999999999", "-1", "가" + new string('나', 300)];

    private static readonly string[] Queries =
    [
        "", "?from=0001-01-01&to=9999-12-31", "?from=9999-12-31&to=9999-12-31", "?date=0001-01-01", "?date=9999-12-31&kind=weekly",
        "?end=9999-12-31&days=-5", "?page=-1&limit=99999999999&top=-3", "?q=%00%01%EF%BF%BF%E2%80%8B", "?returnUrl=/%5Cevil.example&c=en",
        "?k=" + new string('A', 2000), "?format=xlsx&source=%27%3B--", "?period=abc&domain=%3Cscript%3E&district=%ED%95%9C",
    ];

    private static IEnumerable<(string Name, Func<HttpContent?> Body)> Bodies()
    {
        yield return ("empty", () => null);
        yield return ("malformed JSON", () => Json("{\"title\": \"가스"));
        yield return ("JSON array", () => Json("[1,2,3]"));
        yield return ("wrong types", () => Json("{\"title\":123,\"body\":{\"a\":[]},\"answer\":null,\"departmentCode\":false,\"question\":7}"));
        yield return ("huge numbers", () => Json("{\"version\":1e309,\"limit\":99999999999999999999,\"lat\":1e400}"));
        yield return ("NUL and zero-width", () => Json("{\"title\":\"\\u0000\\u200b\\u200b\",\"body\":\"\\u0000\",\"question\":\"\\u200b\"}"));
        yield return ("bogus charset", () =>
        {
            var c = new StringContent("{\"title\":\"a\",\"body\":\"b\"}");
            c.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=bogus");
            return c;
        });
        yield return ("broken multipart", () =>
        {
            var c = new ByteArrayContent(Encoding.ASCII.GetBytes("--xx\r\nbroken"));
            c.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xx");
            return c;
        });
        yield return ("corrupt xlsx", () =>
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]), "file", "roster.xlsx" } };
            return form;
        });
        yield return ("form junk", () => new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "\0", ["DepartmentId"] = "abc", ["Answer"] = new string('가', 70_000) }));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [SkippableFact]
    public async Task Endpoints_WhenCalledWithHostileInput_NeverAnswer5xx()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Web:ApiPermitsPerMinute=100000"]);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        using var supervisor = await StaffSession.LoginAsync(host, "supervisor");
        var clients = new (string Name, HttpClient Client)[] { ("anonymous", host.Client), ("admin key", admin), ("supervisor cookie", supervisor) };
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]))
            .Where(e => !e.Pattern.Contains("{**", StringComparison.Ordinal) && !e.Pattern.Contains("/logout", StringComparison.Ordinal))
            .Distinct().ToList();

        var failures = new List<string>();
        var requests = 0;
        var n = 0;
        foreach (var (pattern, methods) in endpoints)
        {
            foreach (var method in methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE"))
            {
                var inputs = method == "GET"
                    ? Queries.Select(q => (Label: q, Body: (Func<HttpContent?>)(() => null), Query: q))
                    : Bodies().Select(b => (Label: b.Name, b.Body, Query: ""));
                foreach (var (label, body, query) in inputs)
                {
                    var (clientName, client) = clients[n++ % clients.Length];
                    var path = Fill(pattern, n) + query;
                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body() };
                    using var response = await client.SendAsync(request);
                    requests++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {path} [{label}, {clientName}] → {(int)response.StatusCode}: {Cut(await response.Content.ReadAsStringAsync())}");
                    }
                }
            }
        }

        output.WriteLine($"{requests} hostile requests over {endpoints.Count} endpoints");
        Assert.True(requests >= 300, $"only {requests} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [SkippableTheory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    public async Task CultureSwitch_WhenReturnUrlLeavesTheSite_GoesHome(string returnUrl)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var response = await host.Client.GetAsync("/culture?c=en&returnUrl=" + Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl)));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static string Fill(string pattern, int seed) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", m => m.Value.Contains(":int", StringComparison.Ordinal) || m.Value.Contains(":long", StringComparison.Ordinal)
            ? (seed % 2 == 0 ? "-1" : "2147483647")
            : RouteValues[seed % RouteValues.Length]);

    private static string Cut(string text) => text.Length > 200 ? text[..200] : text;
}
