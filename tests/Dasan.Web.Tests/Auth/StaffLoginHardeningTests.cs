using System.Net;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Training;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Auth;

/// <summary>Issue 15: lockout, logout that ends the session on the server, no raw typed names in the audit, security headers.</summary>
public sealed class StaffLoginHardeningTests
{
    private const string Password = "correct-horse-battery";

    private static async Task<string> CreateUserAsync(DasanHost host)
    {
        var login = "hard" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        db.StaffUsers.Add(new StaffUser { Login = login, DisplayName = "보안 시험", PasswordHash = PasswordHasher.Hash(Password), Role = StaffRole.Supervisor });
        await db.SaveChangesAsync();
        return login;
    }

    private static async Task<HttpStatusCode> TryLoginAsync(DasanHost host, string login, string password)
    {
        using var client = new HttpClient(host.App.GetTestServer().CreateHandler()) { BaseAddress = new Uri(host.BaseUrl) };
        var get = await client.GetAsync("/staff/login");
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", get.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var token = System.Text.RegularExpressions.Regex.Match(await get.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var response = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Login"] = login, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        return response.StatusCode;
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Login_WhenFiveFailuresInARow_LocksEvenTheRightPassword(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var login = await CreateUserAsync(host);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await TryLoginAsync(host, login, "wrong-password-" + i));
        }

        Assert.Equal(HttpStatusCode.OK, await TryLoginAsync(host, login, Password));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityId == login && a.Action == "staff.login_locked"));
        Assert.False(await db.AuditEvents.AnyAsync(a => a.EntityId == login && a.Action == "staff.login"));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Login_WhenTypedNameIsNoAccount_AuditsOnlyAFingerprint(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var typed = "900101-1234567 " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, await TryLoginAsync(host, typed, "hunter2-secret"));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var events = await db.AuditEvents.Where(a => a.Action == "staff.login_failed").ToListAsync();
        Assert.DoesNotContain(events, e => (e.Actor + e.EntityId + e.After).Contains("900101", StringComparison.Ordinal));
        Assert.Contains(events, e => e.EntityId!.StartsWith("미등록:", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Logout_WhenDone_TheOldCookieNoLongerWorks(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var login = await CreateUserAsync(host);
        using var session = await StaffSession.LoginAsync(host, login, Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/staff")).StatusCode);

        var token = await StaffSession.TokenAsync(session, "/staff");
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }))).StatusCode);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityId == login && a.Action == "staff.logout"));
        var stale = await session.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/staff/login", stale.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/requests/new")]
    [InlineData("/api/v1/departments")]
    public async Task Responses_WhenServed_CarrySecurityHeaders(string path)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var response = await host.Client.GetAsync(path);

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [SkippableFact]
    public async Task Submit_WhenHostHeaderIsForged_StatusLinkDoesNotPointThere()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { title = "가로등 고장", body = "공원 가로등이 꺼져 있어요." }),
        };
        request.Headers.Host = "evil.example";
        using var response = await api.SendAsync(request);
        var created = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);

        Assert.StartsWith("/track/", created.GetProperty("statusUrl").GetString(), StringComparison.Ordinal);
    }
}
