using System.Globalization;
using Dasan.Core.Data;

namespace Dasan.Core.Requests;

/// <summary>Allocates public tracking numbers <c>YYYY-NNNNNNN</c> from a per-year counter in the database.</summary>
public static class TrackingNumberAllocator
{
    public static async Task<string> NextAsync(DasanDbContext db, int year, CancellationToken ct) =>
        Format(year, await Counters.NextAsync(db, "tracking-" + year.ToString(CultureInfo.InvariantCulture), ct));

    /// <summary>The year a request received at <paramref name="receivedUtc"/> is numbered in: Seoul's calendar year, so a
    /// request sent at 08:30 on 1 January (23:30 UTC the day before) is the new year's.</summary>
    public static int YearOf(DateTime receivedUtc) => receivedUtc.AddHours(Dashboards.DashboardFilter.SeoulOffsetHours).Year;

    public static string Format(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{sequence:D7}");
}
