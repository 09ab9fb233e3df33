namespace Dasan.Core.Dashboards.Rollup;

/// <summary>Seoul calendar days (UTC+9, no daylight saving) of UTC instants, as the dashboards count them.</summary>
internal static class SeoulDays
{
    public static DateOnly Of(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(DashboardFilter.SeoulOffsetHours));

    /// <summary>The UTC instant at which the Seoul day begins.</summary>
    public static DateTime StartUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-DashboardFilter.SeoulOffsetHours), DateTimeKind.Utc);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>True when the instant is a Seoul midnight.</summary>
    public static bool IsMidnight(DateTime utc) => StartUtc(Of(utc)) == utc;
}
