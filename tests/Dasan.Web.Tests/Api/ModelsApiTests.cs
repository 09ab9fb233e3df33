using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Registry;
using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Api;

public class ModelsApiTests
{
    private static readonly string[] Bus = ["버스 배차 간격이 길어요", "마을버스 노선을 늘려 주세요", "버스 정류장 위치 변경 요청", "시내버스 기사님이 불친절해요", "버스가 너무 늦게 와요"];
    private static readonly string[] Waste = ["쓰레기 분리수거 방법 문의", "대형폐기물 스티커는 어디서 사나요", "음식물쓰레기 수거가 안 돼요", "재활용 쓰레기가 쌓여 있어요", "골목 쓰레기 무단투기 신고"];

    private static List<LabeledText> Data() =>
        [.. Enumerable.Range(0, 8).SelectMany(i => Bus.Select(t => new LabeledText($"{t} {i}번", "bus-policy")).Concat(Waste.Select(t => new LabeledText($"{t} {i}번", "resource-circulation"))))];

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Registry_WhenVersionsPromotedAndRolledBack_ApiPredictsWithTheActiveOneAndAuditsEachStep(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var name = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<ModelRegistry>();
            var actor = new Actor(ActorKind.Human, "tester", StaffRole.Admin);
            var model = new TextClassifierTrainer(TextClassifierOptions.Default with { MaximumIterations = 5 }).Train(Data());
            var summary = new DataSummary(80, new Dictionary<string, int>(), [], []);
            await registry.RegisterAsync(actor, name, model, summary, CancellationToken.None);
            await registry.RegisterAsync(actor, name, model, summary, CancellationToken.None);
        }

        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        using var staff = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync($"/api/v1/models/{name}/predict", new { text = "버스" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/models/{name}/promote/1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/models/{name}/promote/2", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/v1/admin/models/{name}/rollback", null)).StatusCode);

        var prediction = await (await staff.PostAsJsonAsync($"/api/v1/models/{name}/predict", new { text = "퇴근길 버스가 너무 안 와요, 연락처 010-2345-6789", k = 2 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{name}@2", prediction.GetProperty("model").GetString());
        Assert.Equal("bus-policy", prediction.GetProperty("predictions")[0].GetProperty("label").GetString());
        Assert.Equal(2, prediction.GetProperty("predictions").GetArrayLength());

        var rolled = await (await admin.PostAsync($"/api/v1/admin/models/{name}/rollback", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{name}@1", rolled.GetProperty("active").GetString());
        await using var check = host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<DasanDbContext>();
        var actions = await db.AuditEvents.Where(a => a.EntityType == "model" && a.EntityId!.StartsWith(name)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["model.trained", "model.trained", "model.promoted", "model.promoted", "model.rolled_back"], actions);
    }
}
