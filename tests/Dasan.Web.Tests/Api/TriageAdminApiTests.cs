using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Api;

public class TriageAdminApiTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Rule_WhenAdded_RoutesMatchingRequestsToItsDepartmentWithTheRuleAsEvidence(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var phrase = "규칙테스트" + Random.Shared.Next(1000, 9999);
        var added = await admin.PostAsJsonAsync("/api/v1/admin/triage-rules", new { phrase, departmentCode = "seoul-library" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var bad = await admin.PostAsJsonAsync("/api/v1/admin/triage-rules", new { phrase = "x", departmentCode = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var created = await (await admin.PostAsJsonAsync("/api/v1/requests", new { title = $"{phrase} 버스 노선 문의", body = "버스 노선이 궁금합니다." })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("서울도서관", created.GetProperty("department").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Catalog_WhenInvalid_Returns400ListingEveryProblemAndKeepsTheOldOne(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var catalog = JsonNode.Parse(await admin.GetStringAsync("/api/v1/admin/catalog"))!;
        var units = catalog["units"]!.AsArray();
        units[0]!["domain"] = "not-a-domain";
        units[1]!["examples"] = new JsonArray();
        var response = await admin.PutAsync("/api/v1/admin/catalog", new StringContent(catalog.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems");
        Assert.Contains(problems.EnumerateArray(), p => p.GetString()!.Contains("not-a-domain", StringComparison.Ordinal));
        Assert.Contains(problems.EnumerateArray(), p => p.GetString()!.Contains("at least 3 example", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Supervisor)).GetAsync("/api/v1/admin/catalog")).StatusCode);
    }

    [Fact]
    public async Task Catalog_WhenSavedWithANewUnit_IsUsedAtOnceWithoutRestart()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Seed:DemoData=false"]);
        using var admin = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var catalog = JsonNode.Parse(await admin.GetStringAsync("/api/v1/admin/catalog"))!;
        catalog["units"]!.AsArray().Add(new JsonObject
        {
            ["code"] = "drone-office", ["name"] = "드론관리팀", ["bureau"] = catalog["units"]![0]!["bureau"]!.GetValue<string>(), ["domain"] = "safety",
            ["duties"] = "드론 비행 승인과 불법 드론 신고를 처리합니다.", ["keywords"] = new JsonArray("드론", "무인비행장치", "드론비행"),
            ["examples"] = new JsonArray("아파트 위로 드론이 계속 날아다녀요", "드론 비행 허가는 어디서 받나요?", "한강에서 드론 날려도 되나요?"),
        });
        var saved = await admin.PutAsync("/api/v1/admin/catalog", new StringContent(catalog.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var created = await (await admin.PostAsJsonAsync("/api/v1/requests", new { title = "드론이 밤마다 창문 앞을 날아다녀요", body = "무인비행장치 드론 비행을 단속해 주세요." })).Content.ReadFromJsonAsync<JsonElement>();
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{created.GetProperty("trackingNumber").GetString()}");
        Assert.Equal("drone-office", detail.GetProperty("departmentCode").GetString() ?? "");
    }
}
