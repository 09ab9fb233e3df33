using System.CommandLine;
using System.Globalization;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan apikey list</c> and <c>dasan apikey revoke PREFIX</c>: see the keys (never the secrets) and withdraw one,
/// audited. A running server refuses a revoked key within two seconds on every node (ADR 0325).
/// </summary>
public static class ApiKeyCommands
{
    private static readonly Actor CliActor = new(ActorKind.System, "cli", StaffRole.Admin);

    public static Command List()
    {
        var list = new Command("list", "List API keys: prefix, name, role, created, revoked");
        list.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
            Console.WriteLine($"{"prefix",-10}{"role",-12}{"created (UTC)",-18}{"revoked (UTC)",-18}name");
            foreach (var k in keys)
            {
                Console.WriteLine($"{k.Prefix,-10}{k.Role,-12}{Stamp(k.CreatedAt),-18}{(k.RevokedAt is { } at ? Stamp(at) : "-"),-18}{k.Name}");
            }

            return 0;
        }));
        return list;
    }

    public static Command Revoke()
    {
        var prefix = new Argument<string>("prefix") { Description = "The key's first 8 characters, as `dasan apikey list` shows them" };
        var revoke = new Command("revoke", "Revoke an API key; requests with it are refused from then on");
        revoke.Arguments.Add(prefix);
        revoke.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var wanted = r.GetValue(prefix)!.Trim();
            var matches = await db.ApiKeys.Where(k => k.Prefix == wanted).ToListAsync(ct);
            var key = matches.Count switch
            {
                0 => throw new CliUserException($"No API key starts with '{wanted}'. `dasan apikey list` shows the prefixes."),
                > 1 => throw new CliUserException($"{matches.Count} keys start with '{wanted}'; revoke them in the database by id."),
                _ => matches[0],
            };
            if (key.RevokedAt is not null)
            {
                Console.WriteLine($"API key {key.Prefix} ({key.Name}) was already revoked at {Stamp(key.RevokedAt.Value)} UTC");
                return 0;
            }

            key.RevokedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(CliActor, "apikey.revoked", "apikey", key.Prefix,
                new { key.Name, Revoked = false }, new { key.Name, Revoked = true });
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"revoked API key {key.Prefix} ({key.Name})");
            return 0;
        }));
        return revoke;
    }

    private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
