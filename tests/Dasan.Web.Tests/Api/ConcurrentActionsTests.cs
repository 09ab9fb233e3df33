using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Api;

/// <summary>Issue 15: two staff acting on one request at once — exactly one wins, the others get 409.</summary>
public class ConcurrentActionsTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Answer_WhenTenArriveAtOnce_ExactlyOneWinsAndOneEventIsWritten(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var integration = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        using var bus = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        var created = await (await integration.PostAsJsonAsync("/api/v1/requests", new { title = "472번 버스 배차 간격 단축 건의", body = "출근 시간 472번 버스 배차 간격이 너무 깁니다. 증차해 주세요.", type = "건의" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var number = created.GetProperty("trackingNumber").GetString()!;
        Assert.Equal("버스정책과", created.GetProperty("department").GetString());
        Assert.Equal(HttpStatusCode.OK, (await bus.PostAsync($"/api/v1/requests/{number}/accept", null)).StatusCode);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            bus.PostAsJsonAsync($"/api/v1/requests/{number}/answer", new { answer = $"검토 결과 증차하겠습니다. ({i})" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.EntityId == number && a.Action == "request.answered"));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenTenArriveAtOnce_ExactlyOneWinsAndOneEventIsWritten(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var transport = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        var created = await transport.PostAsJsonAsync("/api/v1/programme/use-cases", Programme.PlanDocuments.Planned("교통실", "동시 제출 시험 " + Guid.NewGuid().ToString("N")[..6]));
        var code = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            transport.PostAsJsonAsync($"/api/v1/programme/use-cases/{code}/submit", new { comment = "검토 부탁드립니다" })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.EntityType == "usecase" && a.EntityId == code && a.Action == "usecase.submitted"));
    }
}
