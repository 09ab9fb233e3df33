using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Fills <see cref="CitizenRequest.District"/> for requests stored before intake located districts.
/// Idempotent: runs once per installation (a setting records it), in batches by id, touching only empty rows.
/// </summary>
public sealed class DistrictBackfill(DasanDbContext db, IDistrictLocator locator, Audit.AuditTrail audit)
{
    public const string SettingKey = "dashboards.district-backfill";
    private const int Batch = 500;

    /// <summary>Returns how many requests got a district (0 when it already ran).</summary>
    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        if (await db.Settings.AnyAsync(s => s.Key == SettingKey, ct))
        {
            return 0;
        }

        var filled = 0;
        long after = 0;
        while (true)
        {
            var rows = await db.Requests.Where(r => r.District == null && r.Id > after).OrderBy(r => r.Id).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0)
            {
                break;
            }

            foreach (var r in rows)
            {
                r.District = locator.Locate(r.Address, r.Title + "\n" + r.Body, r.Latitude, r.Longitude);
                filled += r.District is null ? 0 : 1;
            }

            after = rows[^1].Id;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        db.Settings.Add(new Setting { Key = SettingKey, Value = "1" });
        audit.Record(Access.Actor.System, "dashboards.districts-backfilled", "setting", SettingKey, null, new { Filled = filled });
        await db.SaveChangesAsync(ct);
        return filled;
    }
}
