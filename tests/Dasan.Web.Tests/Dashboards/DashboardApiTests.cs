using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Dashboards;

public class DashboardApiTests
{
    private static readonly string YearQuery = Period(1500);

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Volume_WhenSupervisorAsksByDistrict_CountsEveryRequestInTheDatabase(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var rows = await RowsAsync(api, $"/api/v1/dashboard/volume?by=district&{YearQuery}");
        var expected = await CountsAsync(host, r => r.District ?? "none");
        Assert.Equal(expected.Values.Sum(), rows.Sum(r => r.GetProperty("count").GetInt32()));
        Assert.Equal(expected.GetValueOrDefault("none"), rows.Where(r => r.GetProperty("key").ValueKind == JsonValueKind.Null).Sum(r => r.GetProperty("count").GetInt32()));
        Assert.Contains(rows, r => r.GetProperty("key").GetString() == "마포구" && r.GetProperty("count").GetInt32() == expected["마포구"]);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Volume_WhenStaffAsksForAnotherDepartment_SeesOnlyTheirOwn(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        var own = await host.DepartmentIdAsync("교통지도과");
        var other = await host.DepartmentIdAsync("자원순환과");
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "교통지도과"));
        var rows = await RowsAsync(api, $"/api/v1/dashboard/volume?by=department&department={other}&{YearQuery}");
        var expected = (await CountsAsync(host, r => r.DepartmentId?.ToString(CultureInfo.InvariantCulture))).GetValueOrDefault(own.ToString(CultureInfo.InvariantCulture));
        Assert.True(expected > 0, "the seed has requests for 교통지도과");
        var row = Assert.Single(rows);
        Assert.Equal(own.ToString(CultureInfo.InvariantCulture), row.GetProperty("key").GetString());
        Assert.Equal(expected, row.GetProperty("count").GetInt32());
        var backlog = await RowsAsync(api, "/api/v1/dashboard/backlog");
        Assert.All(backlog, b => Assert.Equal(own, b.GetProperty("departmentId").GetInt64()));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Volume_WhenFilteredByDistrictAndDomain_ReturnsOnlyMatchingRequests(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var byDistrict = await RowsAsync(api, $"/api/v1/dashboard/volume?by=district&district=마포구&{YearQuery}");
        Assert.Equal("마포구", Assert.Single(byDistrict).GetProperty("key").GetString());
        var byDomain = await RowsAsync(api, $"/api/v1/dashboard/volume?by=domain&domain=transport&{YearQuery}");
        Assert.Equal("transport", Assert.Single(byDomain).GetProperty("key").GetString());
        var series = await RowsAsync(api, $"/api/v1/dashboard/series?by=domain&domain=transport&{YearQuery}");
        Assert.All(series, p => Assert.Equal("transport", p.GetProperty("key").GetString()));
        Assert.Equal(byDomain[0].GetProperty("count").GetInt32(), series.Sum(p => p.GetProperty("count").GetInt32()));
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task TimingAndTriage_WhenRequestsWereAnsweredAndTriaged_ReturnTheOverallRowFirst(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var timing = await RowsAsync(api, $"/api/v1/dashboard/timing?{YearQuery}");
        Assert.Equal("전체", timing[0].GetProperty("department").GetString());
        Assert.True(timing[0].GetProperty("answered").GetInt32() > 0);
        Assert.True(timing[0].GetProperty("answerHours").GetDouble() > 0);
        var triage = await RowsAsync(api, $"/api/v1/dashboard/triage?{YearQuery}");
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal(await db.TriageSuggestions.CountAsync(), triage[0].GetProperty("suggestions").GetInt32());
        Assert.Equal(await db.TriageSuggestions.CountAsync(s => s.AutoAssigned), triage[0].GetProperty("autoAssigned").GetInt32());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Csv_WhenExported_HasHeaderAndOneLinePerRow(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        var json = await RowsAsync(api, $"/api/v1/dashboard/volume?by=district&{YearQuery}");
        var response = await api.GetAsync($"/api/v1/dashboard/volume.csv?by=district&{YearQuery}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,label,label_en,count", lines[0]);
        Assert.Equal(json.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("마포구,마포구,Mapo-gu,", StringComparison.Ordinal));
        foreach (var table in new[] { "series", "backlog", "timing", "triage" })
        {
            var csv = await api.GetStringAsync($"/api/v1/dashboard/{table}.csv?{YearQuery}");
            Assert.True(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length >= 2, table);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Dashboard_WhenCallerMayNotSeeIt_IsRefusedAndBadFiltersNameTheField(string provider)
    {
        var host = await DashboardHost.ForAsync(provider);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Client.GetAsync("/api/v1/dashboard/volume")).StatusCode);
        using var integration = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Integration));
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.GetAsync("/api/v1/dashboard/volume")).StatusCode);
        using var api = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor));
        foreach (var (query, field) in new[] { ("from=2026-13-01", "from"), ("from=2026-02-01&to=2026-01-01", "from"), ("district=강남", "district"), ("domain=x", "domain"), ("by=color", "by") })
        {
            var response = await api.GetAsync("/api/v1/dashboard/volume?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    /// <summary>The last <paramref name="days"/> Seoul days up to tomorrow (the seed dates its requests relative to now).</summary>
    internal static string Period(int days)
    {
        var tomorrow = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9)).AddDays(1);
        return $"from={tomorrow.AddDays(1 - days):yyyy-MM-dd}&to={tomorrow:yyyy-MM-dd}";
    }

    private static async Task<List<JsonElement>> RowsAsync(HttpClient api, string url)
    {
        var response = await api.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().ToList();
    }

    private static async Task<Dictionary<T, int>> CountsAsync<T>(DasanHost host, Func<Core.Requests.CitizenRequest, T?> key)
        where T : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().Requests.AsNoTracking().ToListAsync();
        return all.Where(r => key(r) is not null).GroupBy(r => key(r)!).ToDictionary(g => g.Key, g => g.Count());
    }
}
