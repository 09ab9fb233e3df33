using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Programme;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Training;

public class TrainingApiTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Roster_WhenInstallationStarts_HoldsSyntheticStaffAndDemoLoginsAcrossBureaus(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.True(await db.TrainingRoster.CountAsync() >= 2000);
        Assert.Equal(10, await db.TrainingRoster.CountAsync(r => r.StaffUserId != null)); // the ten demo staff logins (seed/staff.json)
        Assert.True(await db.TrainingCompletions.AnyAsync());
        var figures = await scope.ServiceProvider.GetRequiredService<IStaffTrainingSummary>().SummariseAsync(TimeProvider.System.GetUtcNow().UtcDateTime, default);
        Assert.Equal(await db.Departments.Where(d => d.Active).Select(d => d.Bureau).Distinct().CountAsync(), figures.Count);
        Assert.All(figures, f => Assert.InRange(f.L0Completed, 0, f.Staff));
        Assert.Contains(await db.AuditEvents.Select(a => a.Action).ToListAsync(), a => a == "training.roster_seeded");
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task DepartmentProgress_WhenStaffAsks_IsForbiddenButOwnProgressIsShown(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var bus = await StaffSession.LoginAsync(host, "bus");
        var own = await bus.GetFromJsonAsync<JsonElement>("/api/v1/training/me");
        Assert.Equal("DEMO-bus", own.GetProperty("employeeNo").GetString());
        Assert.Equal("버스정책과", own.GetProperty("department").GetString());
        var busDept = await host.DepartmentIdAsync("버스정책과");
        using var denied = await bus.GetAsync($"/api/v1/training/departments/{busDept}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        using var enrol = await bus.PostAsJsonAsync("/api/v1/training/enrolments", new { level = "L1", departmentId = busDept });
        Assert.Equal(HttpStatusCode.Forbidden, enrol.StatusCode);
        using var summary = await bus.GetAsync("/api/v1/training/summary");
        Assert.Equal(HttpStatusCode.Forbidden, summary.StatusCode);
        using var page = await bus.GetAsync("/programme/training/department");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/staff/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task DepartmentProgress_WhenSupervisorAsks_ShowsAnyDepartmentCityWide(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var supervisor = await StaffSession.LoginAsync(host, "supervisor");
        var parking = await host.DepartmentIdAsync("주차계획과");
        var progress = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/training/departments/{parking}");
        Assert.Equal("주차계획과", progress.GetProperty("department").GetString());
        Assert.True(progress.GetProperty("staff").GetInt32() >= 12);
        Assert.Equal(progress.GetProperty("staff").GetInt32(), progress.GetProperty("members").GetArrayLength());
        using var enrol = await supervisor.PostAsJsonAsync("/api/v1/training/enrolments", new { level = "L9", departmentId = parking });
        Assert.Equal(HttpStatusCode.BadRequest, enrol.StatusCode);
        Assert.Contains("level", await enrol.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task TrainingApi_WhenNotLoggedIn_IsUnauthorised(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var response = await host.Client.GetAsync("/api/v1/training/me");
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, response.StatusCode.ToString());
    }
}
