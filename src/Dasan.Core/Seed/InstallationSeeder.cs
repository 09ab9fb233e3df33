using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Seed;

/// <summary>
/// Brings a data directory to a working installation: migrates the schema, then on first start seeds the
/// catalog's departments, the admin, demo accounts and sample requests. Every later start only migrates.
/// </summary>
public sealed class InstallationSeeder(DasanDbContext db, AuditTrail audit, SampleRequestLoader samples, SeedOptions options, TimeProvider clock)
{
    public const string SeedVersionKey = "seed.version";
    public const string TriageDeskName = "민원분류데스크";
    private static readonly Actor SeedActor = new(ActorKind.System, "seed", StaffRole.Admin);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Migrates, and seeds a new installation; <paramref name="seeding"/> is called first when it does.</summary>
    public async Task<SeedReport> EnsureAsync(CancellationToken ct, Action? seeding = null)
    {
        await db.Database.MigrateAsync(ct);
        if (await db.Settings.AnyAsync(s => s.Key == SeedVersionKey, ct))
        {
            return new SeedReport(false, 0, 0, null);
        }

        seeding?.Invoke();

        var departments = await SeedDepartmentsAsync(ct);
        var password = await SeedAdminAsync(ct);
        var requests = 0;
        if (options.DemoData)
        {
            await SeedStaffAsync(ct);
            requests = await samples.LoadAsync(SeedActor, ct);
        }

        db.Settings.Add(new Setting { Key = SeedVersionKey, Value = "1" });
        audit.Record(SeedActor, "installation.seeded", "installation", null, null, new { departments, requests, options.DemoData });
        await db.SaveChangesAsync(ct);
        return new SeedReport(true, departments, requests, password);
    }

    private async Task<int> SeedDepartmentsAsync(CancellationToken ct)
    {
        var catalog = CatalogReader.Shipped();
        db.Departments.Add(new Department
        {
            Code = "triage-desk", Name = TriageDeskName, NameEn = "Request Triage Desk", Bureau = "시민소통기획관",
            Domain = "administration", IsTriageDesk = true,
        });
        await new CatalogStore(db, audit, clock).SyncDepartmentsAsync(catalog, ct);

        audit.Record(SeedActor, "department.catalog_loaded", "catalog", catalog.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, new { units = catalog.Units.Count, bureaus = catalog.Bureaus.Count });
        await db.SaveChangesAsync(ct);
        return catalog.Units.Count + 1;
    }

    private async Task<string?> SeedAdminAsync(CancellationToken ct)
    {
        var generated = string.IsNullOrWhiteSpace(options.AdminPassword) ? SecretHasher.NewSecret(12) : null;
        var user = new StaffUser
        {
            Login = "admin", DisplayName = "AI 관리자", Role = StaffRole.Admin,
            PasswordHash = PasswordHasher.Hash(generated ?? options.AdminPassword!), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.StaffUsers.Add(user);
        audit.Record(SeedActor, "staff.created", "staff", "admin", null, new { user.Login, Role = user.Role.ToString() });
        await db.SaveChangesAsync(ct);
        return generated;
    }

    private async Task SeedStaffAsync(CancellationToken ct)
    {
        using var doc = JsonDocument.Parse(ShippedContent.ReadText("seed/staff.json"));
        var accounts = doc.RootElement.GetProperty("accounts").Deserialize<List<StaffSeed>>(Json) ?? [];
        var byName = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        foreach (var a in accounts)
        {
            long? dept = a.Department is null ? null
                : byName.TryGetValue(a.Department, out var id) ? id
                : throw new InvalidOperationException($"seed/staff.json: account '{a.Login}' names department '{a.Department}', which is not in the catalog.");
            db.StaffUsers.Add(new StaffUser
            {
                Login = a.Login, DisplayName = a.DisplayName, Role = Enum.Parse<StaffRole>(a.Role), DepartmentId = dept,
                PasswordHash = PasswordHasher.Hash(options.DemoPassword), CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            audit.Record(SeedActor, "staff.created", "staff", a.Login, null, new { a.Login, a.Role, DepartmentId = dept });
        }

        await db.SaveChangesAsync(ct);
    }
}
