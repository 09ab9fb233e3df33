using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Storage;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// Issue 16, ADR 0325: each node caches API keys, departments and triage rules. A change made through a node is used by
/// that node's next request; one made elsewhere (another node, or by hand in the database) within a few seconds.
/// </summary>
public sealed class ReferenceCacheAcrossNodesTests
{
    private static readonly TimeSpan Converge = TimeSpan.FromSeconds(5);

    [SkippableFact]
    public async Task ApiKey_RevokedInTheDatabaseBehindANodesBack_IsRefusedWithinSeconds()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        var host = await DasanHost.SharedAsync("postgres");
        var key = await host.CreateApiKeyAsync(StaffRole.Admin);
        using var client = host.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/departments")).StatusCode); // now cached

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var hash = SecretHasher.Hash(key);
            // Raw SQL, as another node or an operator would do it: this process's cache is not told.
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE api_keys SET \"RevokedAt\" = now() WHERE \"KeyHash\" = {hash}");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await EventuallyAsync(client, "/api/v1/departments", HttpStatusCode.Unauthorized));
    }

    [SkippableFact]
    public async Task TriageRule_AddedThroughANode_IsUsedThereAtOnce_AndOneAddedBehindItsBack_WithinSeconds()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var a = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false"]);
        var cs = a.Services.GetRequiredService<DatabaseOptions>().ConnectionString!;
        await using var b = await DasanHost.StartAsync("postgres", ["--Dasan:Jobs:Enabled=false", $"--Dasan:Database:ConnectionString={cs}"]);
        var key = await a.CreateApiKeyAsync(StaffRole.Admin);
        using var toA = a.ClientWithKey(key);
        using var toB = b.ClientWithKey(key);
        var phrase = "캐시규칙" + Random.Shared.Next(1000, 9999);
        var body = new { title = $"{phrase} 버스 노선 문의", body = "버스 노선이 궁금합니다." };
        Assert.Equal(HttpStatusCode.Created, (await toA.PostAsJsonAsync("/api/v1/admin/triage-rules", new { phrase, departmentCode = "seoul-library" })).StatusCode);
        Assert.Equal("서울도서관", await DepartmentOfAsync(toA, body));

        // Another node's change (both hosts share this process, so it is made in SQL, which no cache hears of): node B
        // has just read the rules, and must see the new one within seconds.
        var other = "다른규칙" + Random.Shared.Next(1000, 9999);
        var otherBody = new { title = $"{other} 버스 노선 문의", body = "버스 노선이 궁금합니다." };
        Assert.NotEqual("서울도서관", await DepartmentOfAsync(toB, otherBody));
        await using (var scope = b.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO triage_rules (\"Phrase\", \"DepartmentCode\", \"Active\", \"CreatedBy\", \"CreatedAt\") VALUES ({other}, 'seoul-library', true, 'test', now())");
        }

        var clock = Stopwatch.StartNew();
        string? onB;
        while ((onB = await DepartmentOfAsync(toB, otherBody)) != "서울도서관" && clock.Elapsed < Converge)
        {
            await Task.Delay(200);
        }

        Assert.Equal("서울도서관", onB);
    }

    private static async Task<string?> DepartmentOfAsync(HttpClient client, object body) =>
        (await (await client.PostAsJsonAsync("/api/v1/requests", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("department").GetString();

    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, string path, HttpStatusCode wanted)
    {
        var clock = Stopwatch.StartNew();
        HttpStatusCode code;
        while ((code = (await client.GetAsync(path)).StatusCode) != wanted && clock.Elapsed < Converge)
        {
            await Task.Delay(200);
        }

        return code;
    }
}
