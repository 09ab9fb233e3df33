using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Seed;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Hosting;

/// <summary>
/// First-start work shared by the server and the CLI: migrate, seed, bring the dashboard roll-up up to date (a full
/// build on the first start after the migration, reported to <c>progress</c>), register the demo API key.
/// </summary>
public static class InstallationStartup
{
    public static Task InitializeInstallationAsync(this IServiceProvider services, ILogger logger, CancellationToken ct) =>
        services.InitializeInstallationAsync(logger, null, ct);

    public static async Task InitializeInstallationAsync(this IServiceProvider services, ILogger logger, IProgress<string>? progress, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var clock = sp.GetRequiredService<TimeProvider>();
        var seeder = sp.GetRequiredService<InstallationSeeder>();
        var started = clock.GetTimestamp();
        // The sample requests are triaged as they are seeded: the first needs the router's catalog classifier and the
        // urgency models, each trained once per installation (seconds). On a first start, train the urgency models
        // beside the router (28.7 -> 18-21 s on two cores); a later start reads them only when a request needs them.
        var urgencyReady = Task.CompletedTask;
        var report = await seeder.EnsureAsync(ct, () => urgencyReady = sp.GetService<Dasan.Ai.Triage.Urgency.UrgencyClassifier>() is null
            ? Task.CompletedTask : Task.Run(() => (Dasan.Ai.Triage.Urgency.UrgencyModel.Instance, Dasan.Ai.Triage.Urgency.UrgencyModel.ForeignInstance), ct));
        await urgencyReady;
        if (report.Seeded)
        {
            progress?.Report($"first start: {report.Departments} departments, staff and {report.Requests} sample requests (triaged) in {clock.GetElapsedTime(started).TotalSeconds:0.0} s");
        }

        if (report.Seeded)
        {
            logger.LogInformation("Installation seeded: {Departments} departments, {Requests} sample requests", report.Departments, report.Requests);
        }

        if (report.GeneratedAdminPassword is { } password)
        {
            // Printed once, to the operator's terminal only: never logged.
            await Console.Error.WriteLineAsync($"""

                ==========================================================
                 Dasan admin account created.  login: admin
                 initial password: {password}
                 (shown once; set Dasan:Seed:AdminPassword to choose it)
                ==========================================================

                """);
        }

        await StepAsync("training records", sp.GetRequiredService<Dasan.Core.Programme.Training.TrainingSampleSeeder>().EnsureAsync);
        var documents = await StepAsync("knowledge documents indexed", sp.GetRequiredService<Dasan.Ai.Assistant.KnowledgeSeeder>().EnsureAsync);
        if (documents > 0)
        {
            logger.LogInformation("Knowledge base seeded with {Documents} documents", documents);
        }

        await StepAsync("requests placed in their district", sp.GetRequiredService<Dasan.Core.Dashboards.DistrictBackfill>().EnsureAsync);
        await sp.GetRequiredService<Dasan.Core.Dashboards.Rollup.RollupRefresher>().RefreshAllAsync(progress, ct);
        await StepAsync("AI use cases in the portfolio", sp.GetRequiredService<Dasan.Core.Programme.Portfolio.PortfolioSeeder>().EnsureAsync);
        await StepAsync("start-up hub challenges", sp.GetRequiredService<Dasan.Core.Challenges.ChallengeSeeder>().EnsureAsync);
        await RegisterDemoApiKeyAsync(sp, ct);

        // A step that added something says so with its time: a first start takes tens of seconds.
        async Task<int> StepAsync(string what, Func<CancellationToken, Task<int>> step)
        {
            var begun = clock.GetTimestamp();
            var added = await step(ct);
            if (added > 0)
            {
                progress?.Report($"first start: {added} {what} in {clock.GetElapsedTime(begun).TotalSeconds:0.0} s");
            }

            return added;
        }
    }

    private static async Task RegisterDemoApiKeyAsync(IServiceProvider sp, CancellationToken ct)
    {
        var key = Environment.GetEnvironmentVariable("DASAN_DEMO_API_KEY");
        if (string.IsNullOrWhiteSpace(key))
        {
            return;
        }

        var db = sp.GetRequiredService<DasanDbContext>();
        var hash = SecretHasher.Hash(key);
        if (await db.ApiKeys.AnyAsync(k => k.KeyHash == hash && k.RevokedAt == null, ct))
        {
            return;
        }

        var clock = sp.GetRequiredService<TimeProvider>();
        db.ApiKeys.Add(new ApiKey
        {
            Name = "demo (DASAN_DEMO_API_KEY)", Prefix = key.Length > 6 ? key[..6] : key, KeyHash = hash,
            Role = StaffRole.Integration, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        sp.GetRequiredService<AuditTrail>().Record(Actor.System, "apikey.created", "apikey", "demo", null, new { Role = "Integration" });
        await db.SaveChangesAsync(ct);
    }
}
