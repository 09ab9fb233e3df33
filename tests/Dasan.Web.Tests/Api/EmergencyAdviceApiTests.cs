using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Api;

/// <summary>Issue 14: a request describing danger to life tells the citizen at once to call 119 or 112 (and, for self-harm,
/// names the suicide-prevention line 109 as the knowledge assistant does).</summary>
public class EmergencyAdviceApiTests
{
    private static async Task<JsonElement> SubmitAsync(HttpClient api, string title, string body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/requests", new { title, body });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenSomeoneCollapsedAndIsNotBreathing_AnswersCall119Now(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var created = await SubmitAsync(api, "사람이 쓰러졌어요", "사람이 쓰러졌어요 숨을 안 쉬어요");
        Assert.Equal("critical", created.GetProperty("urgency").GetString());
        var emergency = created.GetProperty("emergency");
        Assert.Equal("119", emergency.GetProperty("call").GetString());
        Assert.Contains("119에 전화하세요", emergency.GetProperty("message").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenSomeoneIsBeingAttacked_AnswersCall112Now(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var created = await SubmitAsync(api, "도와주세요", "옆집에서 남자가 흉기를 들고 위협하고 있어요 지금요");
        Assert.Equal("112", created.GetProperty("emergency").GetProperty("call").GetString());
    }

    [SkippableFact]
    public async Task Submit_WhenSomeoneMayTakeTheirLife_AnswersCall119AndNamesTheSuicidePreventionLine()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var created = await SubmitAsync(api, "도와주세요", "친구가 한강 다리 위에서 뛰어내리겠다고 문자를 보냈어요");
        Assert.Equal("critical", created.GetProperty("urgency").GetString());
        var emergency = created.GetProperty("emergency");
        Assert.Equal("119", emergency.GetProperty("call").GetString());
        Assert.Contains("109(자살예방 상담전화", emergency.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenGraffitiOnTheCityWall_IsNotAnEmergency(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var created = await SubmitAsync(api, "한양도성 성곽 낙서", "한양도성 성곽에 낙서가 있어요. 문화재인데 지워 주세요.");
        Assert.NotEqual("critical", created.GetProperty("urgency").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("emergency").ValueKind);
    }
}
