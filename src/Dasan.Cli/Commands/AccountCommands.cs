using System.CommandLine;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan user add</c> and <c>dasan apikey create</c>: accounts for staff and integrations, audited.</summary>
public static class AccountCommands
{
    private static readonly Actor CliActor = new(ActorKind.System, "cli", StaffRole.Admin);

    public static Command CreateUser()
    {
        var login = new Argument<string>("login");
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var role = new Option<StaffRole>("--role") { Description = "Staff, Supervisor or Admin", DefaultValueFactory = _ => StaffRole.Staff };
        var department = new Option<string?>("--department") { Description = "Official department name (required for Staff)" };
        var add = new Command("add", "Create a staff account; the password is read from standard input");
        add.Arguments.Add(login);
        add.Options.Add(name);
        add.Options.Add(role);
        add.Options.Add(department);
        add.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            var password = (await Console.In.ReadLineAsync(ct))?.Trim();
            if (string.IsNullOrEmpty(password) || password.Length < 10)
            {
                throw new CliUserException("Give a password of at least 10 characters on standard input.");
            }

            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var dept = await DepartmentIdAsync(db, r.GetValue(department), r.GetValue(role) == StaffRole.Staff, ct);
            var user = new StaffUser
            {
                Login = r.GetValue(login)!, DisplayName = r.GetValue(name)!, Role = r.GetValue(role), DepartmentId = dept,
                PasswordHash = PasswordHasher.Hash(password), CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            };
            if (await db.StaffUsers.AnyAsync(u => u.Login == user.Login, ct))
            {
                throw new CliUserException($"An account '{user.Login}' already exists.");
            }

            db.StaffUsers.Add(user);
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(CliActor, "staff.created", "staff", user.Login, null, new { user.Login, Role = user.Role.ToString(), DepartmentId = dept });
            await db.SaveChangesAsync(ct);
            Console.WriteLine($"created {user.Role} account '{user.Login}'");
            return 0;
        }));
        var user = new Command("user", "Staff accounts");
        user.Subcommands.Add(add);
        return user;
    }

    public static Command CreateApiKey()
    {
        var name = new Option<string>("--name") { Description = "What the key is for", Required = true };
        var role = new Option<StaffRole>("--role") { Description = "Integration (default), Staff, Supervisor or Admin", DefaultValueFactory = _ => StaffRole.Integration };
        var department = new Option<string?>("--department") { Description = "Official department name (required for Staff)" };
        var create = new Command("create", "Create an API key; it is printed once and only its hash is kept");
        create.Options.Add(name);
        create.Options.Add(role);
        create.Options.Add(department);
        create.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var dept = await DepartmentIdAsync(db, r.GetValue(department), r.GetValue(role) == StaffRole.Staff, ct);
            var secret = "dsn_" + SecretHasher.NewSecret(24);
            db.ApiKeys.Add(new ApiKey
            {
                Name = r.GetValue(name)!, Prefix = secret[..8], KeyHash = SecretHasher.Hash(secret), Role = r.GetValue(role), DepartmentId = dept,
                CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            });
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(CliActor, "apikey.created", "apikey", secret[..8], null, new { Name = r.GetValue(name), Role = r.GetValue(role).ToString(), DepartmentId = dept });
            await db.SaveChangesAsync(ct);
            Console.WriteLine(secret);
            return 0;
        }));
        var apikey = new Command("apikey", "API keys for integrations");
        apikey.Subcommands.Add(create);
        apikey.Subcommands.Add(ApiKeyCommands.List());
        apikey.Subcommands.Add(ApiKeyCommands.Revoke());
        return apikey;
    }

    private static async Task<long?> DepartmentIdAsync(DasanDbContext db, string? name, bool required, CancellationToken ct)
    {
        if (name is null)
        {
            return required ? throw new CliUserException("--department is required for the Staff role.") : null;
        }

        return await db.Departments.Where(d => d.Name == name || d.Code == name).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new CliUserException($"No department named '{name}'.");
    }
}
