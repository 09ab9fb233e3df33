using System.Text.Json;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Web.Hosting;

namespace Dasan.Web.Audit;

/// <summary>
/// Writes a signed head of the audit chain (<see cref="AuditHead"/>) to <c>Dasan:Audit:HeadDirectory</c> (default
/// <c>&lt;data&gt;/audit-heads</c>) at start and every <c>Dasan:Audit:HeadExportMinutes</c> (default 60) when the chain
/// grew. Copy that folder somewhere the database's administrators cannot write, and check with
/// <c>dasan audit verify --against FILE</c>.
/// </summary>
public sealed class AuditHeadExporter(IServiceScopeFactory scopes, IConfiguration configuration, InstallationPaths paths, TimeProvider clock, ILogger<AuditHeadExporter> log)
    : BackgroundService
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Dasan:Audit:HeadExportMinutes", 60);
        if (minutes <= 0)
        {
            return;
        }

        var folder = configuration["Dasan:Audit:HeadDirectory"] is { Length: > 0 } f ? f : Path.Combine(paths.DataDirectory, "audit-heads");
        var written = -1L;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var head = await AuditChainVerifier.HeadAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (head.Count != written)
                {
                    written = await WriteAsync(folder, head, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Exporting the audit head to {Folder} failed; trying again in {Minutes} min", folder, minutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task<long> WriteAsync(string folder, AuditHead head, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"audit-head-{head.Count:D10}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(head, Json), ct);
        return head.Count;
    }
}
