using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Programme;

public sealed class PortfolioApiTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Drafts_WhenAnotherBureauAsks_AreHiddenUntilApproved(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var transport = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "버스정책과"));
        var welfare = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "복지정책과"));
        var tower = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var name = "버스 배차 최적화 " + Guid.NewGuid().ToString("N")[..6];

        var created = await transport.PostAsJsonAsync("/api/v1/programme/use-cases", PlanDocuments.Planned("교통실", name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.ToString();

        Assert.Equal(HttpStatusCode.NotFound, (await welfare.GetAsync($"/api/v1/programme/use-cases/{code}")).StatusCode);
        Assert.DoesNotContain(code, await welfare.GetStringAsync("/api/v1/programme/use-cases"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await welfare.PostAsJsonAsync($"/api/v1/programme/use-cases/{code}/submit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await welfare.PostAsJsonAsync("/api/v1/programme/use-cases", PlanDocuments.Planned("교통실", "남의 사업"))).StatusCode);
        Assert.Contains(code, await transport.GetStringAsync("/api/v1/programme/use-cases"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await transport.PostAsJsonAsync($"/api/v1/programme/use-cases/{code}/submit", new { comment = "검토 부탁드립니다" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await transport.PostAsJsonAsync($"/api/v1/programme/use-cases/{code}/approve", new { })).StatusCode);
        var approved = await tower.PostAsJsonAsync($"/api/v1/programme/use-cases/{code}/approve", new { comment = "승인" });
        Assert.Equal("Approved", (await approved.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.ToString());

        Assert.Equal(HttpStatusCode.OK, (await welfare.GetAsync($"/api/v1/programme/use-cases/{code}")).StatusCode);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var actions = await db.AuditEvents.Where(a => a.EntityType == "usecase" && a.EntityId == code).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["usecase.created", "usecase.submitted", "usecase.approved"], actions);
        var notes = await db.Notifications.Where(n => n.Message.Contains(code)).Select(n => n.Kind).ToListAsync();
        Assert.Contains("programme.submitted", notes);
        Assert.Contains("programme.approved", notes);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task BadInput_WhenFieldMissingStageImpossibleOrVersionOld_Answers400NamingTheField(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var planner = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Staff, "주차계획과"));
        var missing = PlanDocuments.Planned("교통실", "주차 수요 예측");
        missing.Remove("problem");
        await AssertProblemAsync(await planner.PostAsJsonAsync("/api/v1/programme/use-cases", missing), "problem");

        var old = PlanDocuments.Planned("교통실", "주차 수요 예측");
        old["assessment_version"] = "2025.1";
        await AssertProblemAsync(await planner.PostAsJsonAsync("/api/v1/programme/use-cases", old), "assessment_version");

        var ok = await planner.PostAsJsonAsync("/api/v1/programme/use-cases", PlanDocuments.Planned("교통실", "주차 수요 예측"));
        var code = (await ok.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.ToString();
        await AssertProblemAsync(await planner.PostAsJsonAsync($"/api/v1/programme/use-cases/{code}/stage", new { stage = "deployed", date = "2026-11-20" }), "stage");
        Assert.Equal("planned", (await planner.GetFromJsonAsync<JsonObject>($"/api/v1/programme/use-cases/{code}"))!["stage"]!.ToString());
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Import_WhenCsvHasBadRows_RejectsNamingLinesAndKeepsEverything(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var tower = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var csv = await tower.GetStringAsync("/api/v1/programme/export?format=csv");
        var lines = csv.Split('\n');
        var before = (await tower.GetFromJsonAsync<JsonArray>("/api/v1/programme/use-cases"))!.Count;
        var header = lines[0].Trim('\uFEFF', '\r').Split(',');
        var bad = string.Join('\n', lines[0], lines[1].Replace(",deployed,", ",launched,", StringComparison.Ordinal), lines[2]);

        var response = await tower.PostAsync("/api/v1/programme/import?format=csv", new StringContent(bad + "\nnot,a,valid,row\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.StartsWith("행 4", StringComparison.Ordinal));
        Assert.Equal(before, (await tower.GetFromJsonAsync<JsonArray>("/api/v1/programme/use-cases"))!.Count);
        Assert.Contains("code", header);
        var roundTrip = await tower.PostAsync("/api/v1/programme/import?format=csv", new StringContent(string.Join('\n', lines.Take(4))));
        Assert.Equal(HttpStatusCode.OK, roundTrip.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Report_WhenRequested_HasTheDocumentedShapeAndDasansOwnAi(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        var tower = host.ClientWithKey(await host.CreateApiKeyAsync(StaffRole.Admin));
        var report = JsonDocument.Parse(await tower.GetStringAsync("/api/v1/programme/report")).RootElement;
        var line = report.GetProperty("bureaus")[0];
        Assert.Equal(["bureau", "use_cases", "by_stage", "by_tier", "staff", "l0_completed_share"], line.EnumerateObject().Select(p => p.Name));
        Assert.True(report.GetProperty("totals").GetProperty("use_cases").GetInt32() >= 52);
        // The curriculum's IStaffTrainingSummary feeds the report: the seeded roster has staff and L0 completions.
        Assert.True(report.GetProperty("totals").GetProperty("staff").GetInt32() >= 2000);
        Assert.InRange(report.GetProperty("totals").GetProperty("l0_completed_share").GetDouble(), 0.01, 1.0);

        var register = await host.Client.GetStringAsync("/api/v1/register");
        Assert.Contains("DASAN-01", register, StringComparison.Ordinal);
        var own = await tower.GetFromJsonAsync<JsonObject>("/api/v1/programme/use-cases/DASAN-01");
        Assert.All(own!["kpis"]!.AsArray(), k => Assert.True(k!["actual"] is not null || k["unavailable"] is not null));

        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsJsonAsync("/api/v1/ask", new { question = "청년 월세 지원 대상이 누구예요?" })).StatusCode);
        var assistant = (await tower.GetFromJsonAsync<JsonObject>("/api/v1/programme/use-cases/DASAN-02"))!["kpis"]!.AsArray();
        Assert.NotNull(assistant[0]!["actual"]);
        Assert.Null(assistant[0]!["unavailable"]);
        Assert.Null(assistant[2]!["actual"]);
        Assert.Contains("does not exist", assistant[2]!["unavailable"]!.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Contains(field, errors.Select(e => e.Key));
    }
}
