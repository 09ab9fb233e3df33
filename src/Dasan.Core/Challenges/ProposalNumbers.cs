using System.Globalization;
using Dasan.Core.Data;

namespace Dasan.Core.Challenges;

/// <summary>Allocates proposal confirmation numbers <c>CP-YYYY-NNNNN</c> from a per-year counter in the database.</summary>
internal static class ProposalNumbers
{
    public static async Task<string> NextAsync(DasanDbContext db, int year, CancellationToken ct)
    {
        var value = await Counters.NextAsync(db, "proposal-" + year.ToString(CultureInfo.InvariantCulture), ct);
        return string.Create(CultureInfo.InvariantCulture, $"CP-{year}-{value:D5}");
    }
}
