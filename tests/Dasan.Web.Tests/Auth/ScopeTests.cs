using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Dasan.Web.Tests.Programme;
using Dasan.Web.Tests.Training;

namespace Dasan.Web.Tests.Auth;

/// <summary>Issue 15: department scoping on pages that used to leak, and titles that show nothing.</summary>
public sealed class ScopeTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task RequestPage_WhenClusterSpansDepartments_ShowsOtherDepartmentsOnlyAsACount(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var integration = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        using var supervisor = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var route = 100 + Random.Shared.Next(800);
        var text = $"{route}번 시내버스 배차 간격이 퇴근 시간에 너무 길어요. 30분 넘게 기다립니다. 증차해 주세요.";
        var first = await (await integration.PostAsJsonAsync("/api/v1/requests", new { title = $"{route}번 버스 배차 간격", body = text })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = $"비밀 제목 {Guid.NewGuid():N}"[..20];
        var second = await (await integration.PostAsJsonAsync("/api/v1/requests", new { title = secret, body = "안녕하세요. " + text })).Content.ReadFromJsonAsync<JsonElement>();
        var number = second.GetProperty("trackingNumber").GetString();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/requests/{number}/reassign", new { departmentCode = "parking-planning", reason = "주차 관련으로 판단" })).StatusCode);
        var firstView = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{first.GetProperty("trackingNumber").GetString()}");
        Assert.Equal(JsonValueKind.Number, firstView.GetProperty("clusterId").ValueKind);

        using var bus = await StaffSession.LoginAsync(host, "bus");
        var page = await bus.GetStringAsync($"/staff/requests/{first.GetProperty("id").GetInt64()}");

        Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        Assert.Contains("id=\"similar-elsewhere\"", page, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("/radar")]
    [InlineData("/radar/briefing")]
    [InlineData("/programme/leadership")]
    public async Task CityWidePages_WhenDepartmentStaffAsk_AreDenied(string path)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var bus = await StaffSession.LoginAsync(host, "bus");
        using var supervisor = await StaffSession.LoginAsync(host, "supervisor");

        var denied = await bus.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/staff/denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(path)).StatusCode);
    }

    [SkippableFact]
    public async Task RadarApi_WhenAStaffKeyAsks_IsForbidden()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var staff = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/v1/radar/issues")).StatusCode);
    }

    [SkippableTheory]
    [InlineData("\u200b\u200b\u200b")]
    [InlineData("\0\0")]
    [InlineData("\ufeff \u2028")]
    public async Task Submit_WhenTitleShowsNothing_IsRejected(string title)
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        using var response = await api.PostAsJsonAsync("/api/v1/requests", new { title, body = "가로등이 꺼져 있어요." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task UseCase_WhenNameShowsNothing_IsRejected()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var transport = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        var doc = PlanDocuments.Planned("교통실", "\u200b\u200b");

        using var response = await transport.PostAsJsonAsync("/api/v1/programme/use-cases", doc);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
