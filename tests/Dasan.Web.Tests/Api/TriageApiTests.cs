using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Api;

public class TriageApiTests
{
    private static async Task<JsonElement> SubmitAsync(HttpClient api, string title, string body)
    {
        var created = await (await api.PostAsJsonAsync("/api/v1/requests", new { title, body })).Content.ReadFromJsonAsync<JsonElement>();
        return await api.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{created.GetProperty("trackingNumber").GetString()}");
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Intake_WhenGasLeakHappensNow_EscalatesToDutyDeskAndNotifies(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var r = await SubmitAsync(api, "지금 골목에서 가스 냄새가 심하게 나요", "방금부터 빌라 앞 골목에 가스 냄새가 계속 납니다. 빨리 와 주세요.");
        Assert.Equal("critical", r.GetProperty("urgency").GetString());
        Assert.Equal("안전총괄과", r.GetProperty("department").GetString());
        Assert.Equal("assigned", r.GetProperty("status").GetString());

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var id = r.GetProperty("id").GetInt64();
        Assert.True(await db.Notifications.AnyAsync(n => n.RequestId == id && n.Kind == "critical"));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Intake_WhenPastFireAndCompensationQuestion_IsNotAnEmergency(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var r = await SubmitAsync(api, "화재 피해 보상 문의", "어제 화재가 있었는데 보상은 어떻게 받을 수 있는지 문의드립니다.");
        Assert.NotEqual("critical", r.GetProperty("urgency").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Intake_WhenSameComplaintArrivesReworded_LinksBothIntoOneCluster(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var street = "노량진로" + Random.Shared.Next(100, 999);
        var first = await SubmitAsync(api, $"{street} 가로등이 꺼져 있어요", $"{street} 버스정류장 앞 가로등 3개가 일주일째 꺼져 있어서 밤에 너무 어둡습니다. 수리해 주세요.");
        var second = await SubmitAsync(api, $"{street} 가로등 고장", $"안녕하세요. {street} 버스정류장 앞에 가로등 3개가 일주일째 꺼져 있어서 밤에 너무 어두워요. 수리 부탁드립니다.");
        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("clusterId").GetInt64());

        var unrelated = await SubmitAsync(api, "도서관 열람실 운영 시간 연장 건의", "시험 기간에 구립도서관 열람실을 밤 11시까지 열어 주시면 좋겠습니다.");
        Assert.Equal(JsonValueKind.Null, unrelated.GetProperty("clusterId").ValueKind);
    }
}
