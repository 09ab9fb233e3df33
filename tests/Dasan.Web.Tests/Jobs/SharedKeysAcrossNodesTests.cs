using System.Net;
using System.Text.RegularExpressions;
using Dasan.Storage;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// Issue 16: two nodes on one PostgreSQL share the data-protection key ring, so the login form served by one node
/// is accepted by the other and the staff cookie it issues works on the first: no sticky sessions needed.
/// </summary>
public sealed partial class SharedKeysAcrossNodesTests
{
    [SkippableFact]
    public async Task LoginFormFromNodeA_PostedToNodeB_GivesACookieNodeAAccepts()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        // Nodes share the status-link secret (README); the key ring is encrypted under a key derived from it.
        var secret = "--Dasan:StatusLinkKey=" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var a = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", "--Dasan:Node:Name=node-a", secret]);
        var cs = a.Services.GetRequiredService<DatabaseOptions>().ConnectionString!;
        await using var b = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", "--Dasan:Node:Name=node-b", $"--Dasan:Database:ConnectionString={cs}", secret]);
        using var toA = new HttpClient(a.App.GetTestServer().CreateHandler()) { BaseAddress = new Uri(a.BaseUrl) };
        using var toB = new HttpClient(b.App.GetTestServer().CreateHandler()) { BaseAddress = new Uri(b.BaseUrl) };

        using var form = await toA.GetAsync("/staff/login");
        var antiforgery = Cookies(form);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/staff/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Login"] = "bus", ["Password"] = "dasan-demo", ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery);
        using var login = await toB.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var queue = new HttpRequestMessage(HttpMethod.Get, "/staff");
        queue.Headers.Add("Cookie", Cookies(login));
        using var page = await toA.SendAsync(queue);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("버스정책과", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The key ring in the database holds no plain master key.
        await using var scope = a.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<Dasan.Core.Data.DasanDbContext>().DataProtectionKeys.Select(k => k.Xml).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedKeyRing", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
