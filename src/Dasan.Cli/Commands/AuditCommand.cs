using System.CommandLine;
using System.Text.Json;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Web.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan audit verify [--json] [--against HEAD]</c>: checks the keyed hash chain of the whole audit log, and with a
/// signed head that no event was deleted from its end or rewritten before it (exit 1 when broken);
/// <c>dasan audit head [--output FILE]</c>: writes the chain's current signed head.
/// </summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var against = new Option<FileInfo?>("--against") { Description = "A signed head (dasan audit head, or <data>/audit-heads/*.json) the chain must still contain" };
        var verify = new Command("verify", "Verify the audit log's keyed hash chain");
        verify.Options.Add(json);
        verify.Options.Add(against);
        verify.SetAction((result, ct) => CliHost.RunAsync(async () =>
        {
            var head = result.GetValue(against) is { } file ? ReadHead(file) : null;
            await using var services = await CliHost.OpenAsync(result.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var outcome = await AuditChainVerifier.VerifyAsync(db, new Progress<long>(n => Console.Error.WriteLine($"verified {n} events")), ct, head);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(outcome, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                : outcome.Valid ? $"audit chain OK: {outcome.VerifiedEvents} events verified{(head is null ? "" : $", head of {head.Count} events matched")}"
                : outcome.BrokenAt is null ? $"audit chain BROKEN: {outcome.Problem}"
                : $"audit chain BROKEN at event {outcome.BrokenAt}: {outcome.Problem} ({outcome.VerifiedEvents} events before it verified)");
            return outcome.Valid ? 0 : 1;
        }));

        var output = new Option<FileInfo?>("--output") { Description = "Where to write the head (default: standard output)" };
        var headCommand = new Command("head", "Write the audit chain's current head, signed with the installation's audit key");
        headCommand.Options.Add(output);
        headCommand.SetAction((result, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var head = await AuditChainVerifier.HeadAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), TimeProvider.System.GetUtcNow().UtcDateTime, ct);
            var text = JsonSerializer.Serialize(head, AuditHeadExporter.Json);
            if (result.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, ct);
                Console.Error.WriteLine($"audit head of {head.Count} events written to {file.FullName}");
            }
            else
            {
                Console.WriteLine(text);
            }

            return 0;
        }));
        var audit = new Command("audit", "Audit log tools");
        audit.Subcommands.Add(verify);
        audit.Subcommands.Add(headCommand);
        return audit;
    }

    private static AuditHead ReadHead(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new CliUserException($"{file.FullName} does not exist.");
        }

        try
        {
            return JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(file.FullName), AuditHeadExporter.Json)
                ?? throw new CliUserException($"{file.FullName} is empty.");
        }
        catch (JsonException e)
        {
            throw new CliUserException($"{file.FullName} is not an audit head: {e.Message}");
        }
    }
}
