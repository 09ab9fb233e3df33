using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Api;

/// <summary>
/// Issue 16, ADR 0328: a client that sends <c>Prefer: respond-async</c> is answered 202 with the tracking number as soon
/// as the request is journaled; a worker stores, triages and places it within seconds. Critical and idempotent requests
/// are never deferred.
/// </summary>
public sealed class AcceptedIntakeApiTests
{
    internal static async Task<HttpResponseMessage> PostAsync(HttpClient api, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = JsonContent.Create(body) };
        request.Headers.Add("Prefer", "respond-async");
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await api.SendAsync(request);
    }

    internal static async Task<JsonElement> StoredAsync(HttpClient api, string trackingNumber)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await api.GetAsync($"/api/v1/requests/{trackingNumber}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            await Task.Delay(100);
        }

        throw new TimeoutException($"{trackingNumber} was not stored within 60 s.");
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenTheClientPrefersAsync_AnswersAcceptedThenTheWorkerPlacesIt(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var response = await PostAsync(api, new { title = "버스 정류장 의자가 부서졌어요", body = "사당역 4번 출구 앞 버스 정류장 의자 다리가 부러져 있어요. 연락은 010-2345-6789로 주세요." });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("respond-async", response.Headers.GetValues("Preference-Applied").Single());
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString()!;
        Assert.Equal($"/api/v1/requests/{number}", response.Headers.Location!.OriginalString);
        Assert.Equal("queued", ack.GetProperty("status").GetString());
        Assert.Contains($"/track/{number}?k=", ack.GetProperty("statusUrl").GetString());

        var stored = await StoredAsync(api, number);
        Assert.NotEqual("received", stored.GetProperty("status").GetString()); // placed: assigned, or sent to the triage desk
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("department").GetString()));
        Assert.Equal(ack.GetProperty("receivedAt").GetDateTime(), stored.GetProperty("receivedAt").GetDateTime());
        Assert.Equal(ack.GetProperty("dueAt").GetDateTime(), stored.GetProperty("dueAt").GetDateTime());
        Assert.Contains("010-****-6789", stored.GetProperty("body").GetString());

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.False(await db.IntakeJournal.AnyAsync(j => j.TrackingNumber == number));
        // The worker's events are committed with the request, staged, and sealed into the chain just after (ADR 0322):
        // the request can be read before that sealing ends. Seal here (it waits for a sealing under way) before counting.
        await db.SealAuditAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "request.received" && a.EntityId == number));
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "triage.suggested" && a.EntityId == number));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenCriticalEvenIfAsyncIsPreferred_StoresEscalatesAndAdvisesAtOnce(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var response = await PostAsync(api, new { title = "사람이 쓰러졌어요", body = "지하철역 계단에서 할아버지가 쓰러지셨는데 숨을 안 쉬어요" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("Preference-Applied"));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("critical", created.GetProperty("urgency").GetString());
        Assert.Equal("119", created.GetProperty("emergency").GetProperty("call").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenAsyncIsPreferredWithAnIdempotencyKey_StoresAtOnceAndReplays(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var key = Guid.NewGuid().ToString("N");
        var body = new { title = "공원 화장실 청소 부탁드립니다", body = "보라매공원 남문 화장실이 며칠째 청소가 안 된 것 같아요." };
        var first = await PostAsync(api, body, key);
        var again = await PostAsync(api, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>();
        var b = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(a.GetProperty("trackingNumber").GetString(), b.GetProperty("trackingNumber").GetString());
        Assert.True(b.GetProperty("replayed").GetBoolean());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenAsyncIsPreferredAndTheBodyIsMissing_RejectsItAndJournalsNothing(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var title = "내용 없는 민원 " + Guid.NewGuid().ToString("N")[..8];
        var response = await PostAsync(api, new { title, body = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("body", await response.Content.ReadAsStringAsync());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.False(await db.IntakeJournal.AnyAsync(j => j.Submission.Contains(title)));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenManyArriveAtOnce_GivesEachItsOwnNumberAndStoresEveryOne(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        var run = Guid.NewGuid().ToString("N")[..6];
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            PostAsync(api, new { title = $"보도블록이 깨져 있어요 {run}-{i}", body = $"상도동 {i}번지 앞 보도블록이 깨져서 넘어질 뻔했어요." })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var numbers = new List<string>();
        foreach (var r in responses)
        {
            numbers.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingNumber").GetString()!);
        }

        Assert.Equal(60, numbers.Distinct().Count());
        foreach (var n in numbers)
        {
            await StoredAsync(api, n);
        }

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal(60, await db.Requests.CountAsync(r => numbers.Contains(r.TrackingNumber)));
        var ids = db.Requests.Where(r => numbers.Contains(r.TrackingNumber)).Select(r => r.Id);
        Assert.Equal(60, await db.RequestEvents.CountAsync(e => e.Kind == "received" && ids.Contains(e.RequestId)));
    }
}
