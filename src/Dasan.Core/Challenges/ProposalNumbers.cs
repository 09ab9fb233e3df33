using System.Globalization;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>Allocates proposal confirmation numbers <c>CP-YYYY-NNNNN</c> from a per-year counter in the database.</summary>
internal static class ProposalNumbers
{
    public static async Task<string> NextAsync(DasanDbContext db, int year, CancellationToken ct)
    {
        var name = "proposal-" + year.ToString(CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync("INSERT INTO counters (name, value) VALUES ({0}, 0) ON CONFLICT (name) DO NOTHING", [name], ct);
        var values = await db.Database.SqlQueryRaw<long>("UPDATE counters SET value = value + 1 WHERE name = {0} RETURNING value AS \"Value\"", name).ToListAsync(ct);
        return string.Create(CultureInfo.InvariantCulture, $"CP-{year}-{values.Single():D5}");
    }
}
