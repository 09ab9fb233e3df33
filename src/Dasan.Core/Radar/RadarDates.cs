using System.Globalization;

namespace Dasan.Core.Radar;

/// <summary>
/// Reads item dates: ISO 8601 dates or date-times (<c>2020-02-03</c>, <c>2020-02-03 14:18</c>,
/// <c>2020-02-03T14:18:05+09:00</c>, <c>…Z</c>). Without an offset the time is taken as local to the city
/// (<see cref="RadarOptions.UtcOffsetHours"/>). Returns UTC.
/// </summary>
public static class RadarDates
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm zzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-ddTHH:mmzzz",
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ",
        "yyyy-MM-ddTHH:mmZ", "yyyy-MM-dd HH:mm:ssZ",
    ];

    public static bool TryParse(string? text, TimeSpan cityOffset, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
        {
            utc = withOffset.UtcDateTime;
            return true;
        }

        if (DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            utc = DateTime.SpecifyKind(local - cityOffset, DateTimeKind.Utc);
            return true;
        }

        return false;
    }

    /// <summary>The city-local day of a UTC time.</summary>
    public static DateOnly DayOf(DateTime utc, TimeSpan cityOffset) => DateOnly.FromDateTime(utc + cityOffset);

    /// <summary>The UTC instant a city-local day starts.</summary>
    public static DateTime StartOf(DateOnly day, TimeSpan cityOffset) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - cityOffset, DateTimeKind.Utc);
}
