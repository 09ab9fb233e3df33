using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Dashboards;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Dashboards;

public class DistrictIntakeTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Submit_WhenAddressOrBodyNamesAPlace_StoresItsDistrict(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        Assert.Equal("노원구", await SubmitAsync(host, api, new { title = "횡단보도 설치 요청", body = "초등학교 앞이 위험합니다.", address = "서울특별시 노원구 동일로 1400" }));
        Assert.Equal("종로구", await SubmitAsync(host, api, new { title = "광화문 광장 분수 고장", body = "광화문 광장 분수가 멈췄고 을지로 쪽도 마찬가지입니다." }));
        Assert.Null(await SubmitAsync(host, api, new { title = "자동차세 문의", body = "자동차세가 두 번 부과되었습니다." }));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Open311_WhenOnlyCoordinatesAreSent_StoresTheDistrictContainingThem(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var key = await host.CreateApiKeyAsync(StaffRole.Integration);
        var response = await host.Client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["service_code"] = "environment", ["description"] = "가로등 아래 쓰레기가 쌓여 있습니다", ["lat"] = "37.5116", ["long"] = "127.0594",
        }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("service_request_id").GetString();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal("강남구", await db.Requests.Where(r => r.TrackingNumber == number).Select(r => r.District).SingleAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Backfill_WhenRowsLackADistrict_FillsThemOnceAndAudits(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var request = new Core.Requests.CitizenRequest
        {
            TrackingNumber = "2001-" + Random.Shared.Next(1_000_000, 9_999_999), Title = "망원동 골목 가로등", Body = "가로등이 꺼졌어요", MaskedBody = "가로등이 꺼졌어요",
            Address = "서울특별시 마포구 망원로 1", ReceivedAt = new DateTime(2001, 1, 2, 0, 0, 0, DateTimeKind.Utc), DueAt = new DateTime(2001, 1, 9, 0, 0, 0, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2001, 1, 2, 0, 0, 0, DateTimeKind.Utc), ExternalId = Guid.NewGuid().ToString(),
        };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        var mapo = request.Id;
        await db.Settings.Where(s => s.Key == DistrictBackfill.SettingKey).ExecuteDeleteAsync();
        var backfill = scope.ServiceProvider.GetRequiredService<DistrictBackfill>();
        Assert.True(await backfill.EnsureAsync(CancellationToken.None) >= 1);
        Assert.Equal("마포구", await db.Requests.Where(r => r.Id == mapo).Select(r => r.District).SingleAsync());
        Assert.Equal(0, await backfill.EnsureAsync(CancellationToken.None));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "dashboards.districts-backfilled"));
    }

    private static async Task<string?> SubmitAsync(DasanHost host, HttpClient api, object body)
    {
        var response = await api.PostAsJsonAsync("/api/v1/requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingNumber").GetString();
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasanDbContext>().Requests.Where(r => r.TrackingNumber == number).Select(r => r.District).SingleAsync();
    }
}
