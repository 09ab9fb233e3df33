using System.CommandLine;
using System.Text.Json;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan audit verify [--json]</c>: checks the hash chain of the whole audit log (exit 1 when broken).</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var verify = new Command("verify", "Verify the audit log's hash chain");
        verify.Options.Add(json);
        verify.SetAction((result, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var outcome = await AuditChainVerifier.VerifyAsync(db, new Progress<long>(n => Console.Error.WriteLine($"verified {n} events")), ct);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(outcome, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                : outcome.Valid ? $"audit chain OK: {outcome.VerifiedEvents} events verified"
                : $"audit chain BROKEN at event {outcome.BrokenAt}: {outcome.Problem} ({outcome.VerifiedEvents} events before it verified)");
            return outcome.Valid ? 0 : 1;
        }));
        var audit = new Command("audit", "Audit log tools");
        audit.Subcommands.Add(verify);
        return audit;
    }
}
