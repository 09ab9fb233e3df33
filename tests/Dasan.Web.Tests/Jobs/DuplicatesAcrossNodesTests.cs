using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Ai.Triage;
using Dasan.Core.Staff;
using Dasan.Storage;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// Issue 16: each node keeps its own near-duplicate index. Before, a node only ever added its own intakes after its
/// first load, so a complaint taken by one node was never matched by another.
/// </summary>
public sealed class DuplicatesAcrossNodesTests
{
    [SkippableFact]
    public async Task Intake_WhenTheFirstComplaintWentToAnotherNode_StillLinksTheRewordedOne()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var a = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false"]);
        var cs = a.Services.GetRequiredService<DatabaseOptions>().ConnectionString!;
        await using var b = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", $"--Dasan:Database:ConnectionString={cs}"]);
        var key = await a.CreateApiKeyAsync(StaffRole.Supervisor);
        using var toA = a.ClientWithKey(key);
        using var toB = b.ClientWithKey(key);
        // Both nodes have loaded their index before the complaint arrives.
        await SubmitAsync(toA, "도서관 열람실 운영 시간 연장 건의", "시험 기간에 구립도서관 열람실을 밤 11시까지 열어 주세요.");
        await SubmitAsync(toB, "공원 벤치 도색 요청", "근린공원 벤치 페인트가 다 벗겨져서 옷에 묻어요.");

        var street = "상도로" + Random.Shared.Next(100, 999);
        var first = await SubmitAsync(toA, $"{street} 가로등이 꺼져 있어요", $"{street} 버스정류장 앞 가로등 3개가 일주일째 꺼져 있어서 밤에 너무 어둡습니다. 수리해 주세요.");
        await Task.Delay(DuplicateRegistry.CatchUpEvery + TimeSpan.FromMilliseconds(300));
        var second = await SubmitAsync(toB, $"{street} 가로등 고장", $"안녕하세요. {street} 버스정류장 앞에 가로등 3개가 일주일째 꺼져 있어서 밤에 너무 어두워요. 수리 부탁드립니다.");

        Assert.Equal(first.GetProperty("id").GetInt64(), second.GetProperty("clusterId").GetInt64());
    }

    private static async Task<JsonElement> SubmitAsync(HttpClient api, string title, string body)
    {
        var created = await (await api.PostAsJsonAsync("/api/v1/requests", new { title, body })).Content.ReadFromJsonAsync<JsonElement>();
        return await api.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{created.GetProperty("trackingNumber").GetString()}");
    }
}
