using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Dasan.Storage;
using Dasan.Web.Tests.Api;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// ADR 0328: requests acknowledged before triage wait in the intake journal; the citizen and the API see them as
/// waiting; any number of nodes drain the journal at once and each request is stored exactly once; an entry leased by
/// a node that died is taken over when the lease runs out.
/// </summary>
public sealed class IntakeJournalTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Journal_BeforeAWorkerTakesIt_ShowsTheRequestAsWaitingToTheApiAndTheCitizen(string provider)
    {
        Skip.If(provider == "postgres" && !DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var host = await DasanHost.StartAsync(provider, ["--Dasan:Jobs:Enabled=false", "--Dasan:Intake:JournalWorker=false"]);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var response = await AcceptedIntakeApiTests.PostAsync(api, new { title = "음식물 쓰레기 수거가 안 됐어요", body = "신림동 골목에 음식물 쓰레기통이 사흘째 그대로 있어요." });
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString()!;
        var statusUrl = new Uri(ack.GetProperty("statusUrl").GetString()!).PathAndQuery;

        var detail = await api.GetAsync($"/api/v1/requests/{number}");
        Assert.Equal(HttpStatusCode.Accepted, detail.StatusCode);
        Assert.Equal("queued", (await detail.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var page = await host.Client.GetStringAsync(statusUrl);
        Assert.Contains("배정 대기", page);
        Assert.Contains(number, page);
        Assert.DoesNotContain("음식물", page); // the waiting page shows no content
        var wrong = await host.Client.GetAsync($"/track/{number}?k=wrong-secret");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        // A department's key learns nothing of a request that has no department yet; a city-wide one sees it waiting.
        using var department = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        Assert.Equal(HttpStatusCode.NotFound, (await department.GetAsync($"/api/v1/requests/{number}")).StatusCode);
        using var supervisor = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        Assert.Equal(HttpStatusCode.Accepted, (await supervisor.GetAsync($"/api/v1/requests/{number}")).StatusCode);
        // Key names are not unique: a department key that sent a request sees it waiting, another key of the same name does not.
        using var sender = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과", "구청 연계"));
        using var namesake = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과", "구청 연계"));
        var own = await AcceptedIntakeApiTests.PostAsync(sender, new { title = "정류장 안내판이 꺼져 있어요", body = "사당역 4번 출구 앞 버스 정류장 안내판이 어제부터 꺼져 있습니다." });
        var ownNumber = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingNumber").GetString()!;
        Assert.Equal(HttpStatusCode.Accepted, (await sender.GetAsync($"/api/v1/requests/{ownNumber}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await namesake.GetAsync($"/api/v1/requests/{ownNumber}")).StatusCode);

        Assert.Equal(2, await host.Services.GetRequiredService<IntakeJournalDrain>().DrainAsync(CancellationToken.None));
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{number}");
        Assert.Equal(number, stored.GetProperty("trackingNumber").GetString());
        Assert.Contains("담당 부서", await host.Client.GetStringAsync(statusUrl));
    }

    [SkippableFact]
    public async Task Drain_OnTwoNodesAtOnce_StoresEveryAcknowledgedRequestExactlyOnce()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        string[] off = ["--Dasan:Jobs:Enabled=false", "--Dasan:Intake:JournalWorker=false"];
        await using var a = await DasanHost.StartAsync("postgres", off);
        var cs = a.Services.GetRequiredService<DatabaseOptions>().ConnectionString!;
        await using var b = await DasanHost.StartAsync("postgres", [.. off, $"--Dasan:Database:ConnectionString={cs}"]);
        var key = await a.CreateApiKeyAsync(StaffRole.Integration);
        using var toA = a.ClientWithKey(key);
        using var toB = b.ClientWithKey(key);
        var responses = await Task.WhenAll(Enumerable.Range(0, 80).Select(i => AcceptedIntakeApiTests.PostAsync(i % 2 == 0 ? toA : toB,
            new { title = $"가로등 고장 신고 {i}", body = $"봉천로 {i}길 가로등이 깜빡거려요." })));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));

        // Both nodes drain at once, several batches each (80 entries, 40 a lease).
        var taken = await Task.WhenAll(
            a.Services.GetRequiredService<IntakeJournalDrain>().DrainAsync(CancellationToken.None),
            b.Services.GetRequiredService<IntakeJournalDrain>().DrainAsync(CancellationToken.None));

        Assert.Equal(80, taken.Sum());
        await using var scope = a.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal(0, await db.IntakeJournal.CountAsync());
        var stored = await db.Requests.Where(r => r.Title.StartsWith("가로등 고장 신고")).Select(r => r.TrackingNumber).ToListAsync();
        Assert.Equal(80, stored.Count);
        Assert.Equal(80, stored.Distinct().Count());
        Assert.Equal(80, await db.AuditEvents.CountAsync(e => e.Action == "request.received" && stored.Contains(e.EntityId!)));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Drain_WhenAnotherNodeLeasedAnEntryAndDied_TakesItOnlyOnceTheLeaseHasRunOutAndNotForever(string provider)
    {
        Skip.If(provider == "postgres" && !DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var host = await DasanHost.StartAsync(provider, ["--Dasan:Jobs:Enabled=false", "--Dasan:Intake:JournalWorker=false"]);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var ack = await (await AcceptedIntakeApiTests.PostAsync(api, new { title = "어린이보호구역 과속 차량", body = "초등학교 앞에서 차들이 너무 빨리 달려요." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString()!;
        // On PostgreSQL leases are set and checked by the database's clock (ADR 0328): a node whose clock runs an hour ahead
        // still leaves a live lease alone. SQLite serves one node, by its own clock.
        var drain = provider == "postgres"
            ? new IntakeJournalDrain(host.Services.GetRequiredService<IServiceScopeFactory>(), host.Services.GetRequiredService<ReferenceCache>(),
                new ShiftedClock(TimeSpan.FromHours(1)), Microsoft.Extensions.Logging.Abstractions.NullLogger<IntakeJournalDrain>.Instance)
            : host.Services.GetRequiredService<IntakeJournalDrain>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // Leased again and again without a failure recorded (it hung or killed its worker): set aside, not retried forever.
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            await db.IntakeJournal.Where(j => j.TrackingNumber == number).ExecuteUpdateAsync(u => u.SetProperty(j => j.Leases, IntakeJournalDrain.MaxLeases));
            Assert.Equal(0, await drain.DrainAsync(CancellationToken.None));
            Assert.Equal(1, (await JournalBacklog.ReadAsync(db, CancellationToken.None)).SetAside);
            Assert.Equal([number], await IntakeJournalDrain.RetrySetAsideAsync(db, CancellationToken.None));
        }

        await SetLeaseAsync(host, number, now.AddMinutes(1)); // a node took it a moment ago and died

        Assert.Equal(0, await drain.DrainAsync(CancellationToken.None));
        await SetLeaseAsync(host, number, now.AddSeconds(-1)); // its lease has run out
        Assert.Equal(1, await drain.DrainAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/requests/{number}")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Drain_WhenAnEntryKeepsFailing_CountsEachFailureSetsItAsideWithItsErrorAndRetriesItOnRequest(string provider)
    {
        Skip.If(provider == "postgres" && !DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var host = await DasanHost.StartAsync(provider, ["--Dasan:Jobs:Enabled=false", "--Dasan:Intake:JournalWorker=false"]);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var ack = await (await AcceptedIntakeApiTests.PostAsync(api, new { title = "공원 화장실 청소 부탁드립니다", body = "보라매공원 남문 화장실 바닥이 너무 더러워요." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString()!;
        var good = await SubmissionAsync(host, number);
        await SetSubmissionAsync(host, number, "{\"title\": 깨진 JSON");
        var drain = host.Services.GetRequiredService<IntakeJournalDrain>();

        for (var attempt = 1; attempt <= IntakeJournalDrain.MaxAttempts; attempt++)
        {
            Assert.Equal(1, await drain.DrainAsync(CancellationToken.None));
            await SetLeaseAsync(host, number, null);
        }

        Assert.Equal(0, await drain.DrainAsync(CancellationToken.None)); // set aside: no worker takes it again
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var backlog = await JournalBacklog.ReadAsync(db, CancellationToken.None);
            Assert.Equal((0, 1), (backlog.Waiting, backlog.SetAside));
            Assert.Contains("JsonException", backlog.LastError);
            Assert.Equal(IntakeJournalDrain.MaxAttempts, (await db.IntakeJournal.SingleAsync(j => j.TrackingNumber == number)).Attempts);
            await SetSubmissionAsync(host, number, good); // an administrator mended what broke
            Assert.Equal([number], await IntakeJournalDrain.RetrySetAsideAsync(db, CancellationToken.None));
        }

        Assert.Equal(1, await drain.DrainAsync(CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/requests/{number}")).StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Drain_OnAnEntrysLastAttempt_PutsItOnTheTriageDesksQueueWithoutTheAi(string provider)
    {
        Skip.If(provider == "postgres" && !DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        await using var host = await DasanHost.StartAsync(provider, ["--Dasan:Jobs:Enabled=false", "--Dasan:Intake:JournalWorker=false"]);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var ack = await (await AcceptedIntakeApiTests.PostAsync(api, new { title = "7016번 버스 배차 간격", body = "퇴근 시간 7016번 버스가 30분씩 안 와요. 증차해 주세요." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString()!;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DasanDbContext>().IntakeJournal.Where(j => j.TrackingNumber == number)
                .ExecuteUpdateAsync(u => u.SetProperty(j => j.Attempts, IntakeJournalDrain.MaxAttempts - 1).SetProperty(j => j.LastError, "앞선 실패"));
        }

        Assert.Equal(1, await host.Services.GetRequiredService<IntakeJournalDrain>().DrainAsync(CancellationToken.None));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var stored = await db.Requests.Include(r => r.Department).SingleAsync(r => r.TrackingNumber == number);
            Assert.True(stored.Department!.IsTriageDesk);
            Assert.Equal(0, await db.AuditEvents.CountAsync(e => e.Action == "triage.suggested" && e.EntityId == number));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "triage.skipped" && e.EntityId == number));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "request.received" && e.EntityId == number));
        }
    }

    private static async Task<string> SubmissionAsync(DasanHost host, string number)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasanDbContext>().IntakeJournal.Where(j => j.TrackingNumber == number).Select(j => j.Submission).SingleAsync();
    }

    private static async Task SetSubmissionAsync(DasanHost host, string number, string submission)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DasanDbContext>().IntakeJournal.Where(j => j.TrackingNumber == number)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.Submission, submission));
    }

    private static async Task SetLeaseAsync(DasanHost host, string number, DateTime? until)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        await db.IntakeJournal.Where(j => j.TrackingNumber == number).ExecuteUpdateAsync(u => u.SetProperty(j => j.LeasedUntil, until));
    }

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
    }
}
