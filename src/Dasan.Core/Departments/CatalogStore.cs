using System.Text;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Departments;

/// <summary>
/// The installation's department catalog: the newest saved revision, or the shipped one. Saving validates
/// the whole file (every problem reported), keeps the revision, syncs the departments table and audits it.
/// </summary>
public sealed class CatalogStore(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<CatalogDocument> LoadActiveAsync(CancellationToken ct)
    {
        var json = await db.CatalogRevisions.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.Json).FirstOrDefaultAsync(ct);
        return json is null ? CatalogReader.Shipped() : CatalogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
    }

    public async Task<string> ActiveJsonAsync(CancellationToken ct) =>
        await db.CatalogRevisions.AsNoTracking().OrderByDescending(r => r.Id).Select(r => r.Json).FirstOrDefaultAsync(ct)
        ?? Content.ShippedContent.ReadText("catalog/departments.json");

    /// <summary>Validates and activates <paramref name="json"/>; throws <see cref="CatalogException"/> listing every problem.</summary>
    public async Task<CatalogDocument> SaveAsync(Actor actor, string json, CancellationToken ct)
    {
        var doc = CatalogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        db.CatalogRevisions.Add(new CatalogRevision { Json = json, CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow().UtcDateTime });
        var changes = await SyncDepartmentsAsync(doc, ct);
        audit.Record(actor, "catalog.saved", "catalog", doc.Updated, null, new { units = doc.Units.Count, changes.Added, changes.Updated, changes.Deactivated });
        await db.SaveChangesAsync(ct);
        return doc;
    }

    /// <summary>Adds new units, updates renamed ones (by code) and deactivates units no longer in the catalog.</summary>
    public async Task<(int Added, int Updated, int Deactivated)> SyncDepartmentsAsync(CatalogDocument doc, CancellationToken ct)
    {
        var existing = await db.Departments.Where(d => !d.IsTriageDesk).ToDictionaryAsync(d => d.Code, ct);
        int added = 0, updated = 0, deactivated = 0;
        foreach (var u in doc.Units)
        {
            if (existing.Remove(u.Code, out var d))
            {
                if (d.Name != u.Name || d.Bureau != u.Bureau || d.Domain != u.Domain || d.NameEn != u.NameEn || !d.Active)
                {
                    (d.Name, d.Bureau, d.Domain, d.NameEn, d.Active) = (u.Name, u.Bureau, u.Domain, u.NameEn, true);
                    updated++;
                }
            }
            else
            {
                db.Departments.Add(new Department { Code = u.Code, Name = u.Name, NameEn = u.NameEn, Bureau = u.Bureau, Domain = u.Domain });
                added++;
            }
        }

        foreach (var gone in existing.Values.Where(d => d.Active))
        {
            gone.Active = false;
            deactivated++;
        }

        return (added, updated, deactivated);
    }
}
