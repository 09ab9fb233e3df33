using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Storage;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// Issue 16: a knowledge document stored or deleted through one node is found, and then no longer found, on another
/// node that shares the database, from the change log, without a rebuild. Before, the deleted guide was still
/// answered from on the other node until it rebuilt its index.
/// </summary>
public sealed class KnowledgeAcrossNodesTests
{
    private const string Guide = """
        ---
        title: 반려식물 병원 이용 안내
        department: 공원여가정책과
        ---
        # 반려식물 병원
        서울시 반려식물 병원은 시든 화분을 무료로 진단하고 처방해 줍니다. 예약은 누리집에서 하고, 화분을 들고 방문하면 됩니다.
        """;

    [SkippableFact]
    public async Task DocumentStoredThenDeletedOnNodeA_IsFoundThenGoneOnNodeB()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var a = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", "--Dasan:Node:Name=node-a"]);
        var cs = a.Services.GetRequiredService<DatabaseOptions>().ConnectionString!;
        await using var b = await DasanHost.StartAsync("postgres",
            ["--Dasan:Jobs:Enabled=false", "--Dasan:Node:Name=node-b", "--Dasan:Jobs:FollowSeconds=1", $"--Dasan:Database:ConnectionString={cs}"]);
        const string question = "반려식물 병원 예약은 어떻게 하나요?";
        Assert.False(await FindsAsync(b, question));

        await using (var scope = a.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<KnowledgeIngestor>().IngestAsync(Actor.System, "plant-clinic.md", Guide, DocumentFormat.Markdown, CancellationToken.None);
        }

        // Node B applies the change log (its follower, or the lazy check before a search); nobody rebuilds B's index.
        Assert.True(await EventuallyAsync(() => FindsAsync(b, question)), "node B never found the guide stored through node A");

        await using (var scope = a.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<KnowledgeIngestor>().DeleteAsync(Actor.System, "plant-clinic.md", CancellationToken.None));
        }

        Assert.True(await EventuallyAsync(async () => !await FindsAsync(b, question)), "node B still found the guide deleted through node A");
    }

    private static async Task<bool> FindsAsync(DasanHost node, string question)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var retrieval = await node.Services.GetRequiredService<KnowledgeBase>()
            .RetrieveAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), question, null, CancellationToken.None);
        return retrieval.Bm25.Any(h => h.Chunk.DocumentId == "plant-clinic.md");
    }

    /// <summary>Polls for up to 60 s (generous on a loaded machine: convergence speed is measured by the benchmark, not here).</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 120; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(500);
        }

        return false;
    }
}
