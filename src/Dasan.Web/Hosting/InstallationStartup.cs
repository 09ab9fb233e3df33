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
        var seeder = scope.ServiceProvider.GetRequiredService<InstallationSeeder>();
        var report = await seeder.EnsureAsync(ct);
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

        await scope.ServiceProvider.GetRequiredService<Dasan.Core.Programme.Training.TrainingSampleSeeder>().EnsureAsync(ct);
        var documents = await scope.ServiceProvider.GetRequiredService<Dasan.Ai.Assistant.KnowledgeSeeder>().EnsureAsync(ct);
        if (documents > 0)
        {
            logger.LogInformation("Knowledge base seeded with {Documents} documents", documents);
        }

        await scope.ServiceProvider.GetRequiredService<Dasan.Core.Dashboards.DistrictBackfill>().EnsureAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Dasan.Core.Dashboards.Rollup.RollupRefresher>().RefreshAllAsync(progress, ct);
        await scope.ServiceProvider.GetRequiredService<Dasan.Core.Programme.Portfolio.PortfolioSeeder>().EnsureAsync(ct);
        await scope.ServiceProvider.GetRequiredService<Dasan.Core.Challenges.ChallengeSeeder>().EnsureAsync(ct);
        await RegisterDemoApiKeyAsync(scope.ServiceProvider, ct);
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
