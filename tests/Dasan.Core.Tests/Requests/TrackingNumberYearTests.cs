using Dasan.Core.Requests;

namespace Dasan.Core.Tests.Requests;

/// <summary>Tracking numbers follow Seoul's calendar year, not UTC's.</summary>
public sealed class TrackingNumberYearTests
{
    [Theory]
    [InlineData("2025-12-31T23:30:00Z", 2026)] // 2026-01-01 08:30 in Seoul
    [InlineData("2025-12-31T14:59:59Z", 2025)] // 23:59:59 on New Year's Eve in Seoul
    [InlineData("2025-12-31T15:00:00Z", 2026)] // Seoul midnight
    public void YearOf_ReadsTheSeoulCalendar(string utc, int year)
    {
        var at = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(year, TrackingNumberAllocator.YearOf(at));
    }
}
