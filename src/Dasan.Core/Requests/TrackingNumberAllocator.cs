using System.Globalization;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>Allocates public tracking numbers <c>YYYY-NNNNNNN</c> from a per-year counter in the database.</summary>
public static class TrackingNumberAllocator
{
    public static async Task<string> NextAsync(DasanDbContext db, int year, CancellationToken ct)
    {
        var name = "tracking-" + year.ToString(CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO counters (name, value) VALUES ({0}, 0) ON CONFLICT (name) DO NOTHING", [name], ct);
        var values = await db.Database.SqlQueryRaw<long>(
            "UPDATE counters SET value = value + 1 WHERE name = {0} RETURNING value AS \"Value\"", name).ToListAsync(ct);
        return Format(year, values.Single());
    }

    public static string Format(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{sequence:D7}");
}
