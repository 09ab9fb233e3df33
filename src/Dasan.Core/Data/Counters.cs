using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Takes the next value of a named counter row atomically (one upsert, one increment), on either provider.</summary>
public static class Counters
{
    public static async Task<long> NextAsync(DasanDbContext db, string name, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("INSERT INTO counters (name, value) VALUES ({0}, 0) ON CONFLICT (name) DO NOTHING", [name], ct);
        var values = await db.Database.SqlQueryRaw<long>("UPDATE counters SET value = value + 1 WHERE name = {0} RETURNING value AS \"Value\"", name).ToListAsync(ct);
        return values.Single();
    }
}
