using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Takes the next value of a named counter row atomically (one upsert that increments), on either provider.</summary>
public static class Counters
{
    public static async Task<long> NextAsync(DasanDbContext db, string name, CancellationToken ct)
    {
        // One statement, one round trip: the first call creates the row at 1, later ones increment it under its row lock.
        var values = await db.Database.SqlQueryRaw<long>(
            "INSERT INTO counters (name, value) VALUES ({0}, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value AS \"Value\"",
            name).ToListAsync(ct);
        return values.Single();
    }
}
