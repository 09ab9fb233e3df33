using System.Globalization;
using Dasan.Core.Departments;
using Dasan.Core.Requests;

namespace Dasan.Core.Dashboards;

/// <summary>Turns query-string values (Seoul dates, codes) into a <see cref="DashboardFilter"/>, naming the bad field.</summary>
public static class DashboardFilterParser
{
    public const int DefaultDays = 30;
    public const int MaxDays = 1830;

    /// <summary><paramref name="from"/> and <paramref name="to"/> are Seoul dates (yyyy-MM-dd), both included.</summary>
    public static DashboardFilter Parse(string? from, string? to, string? domain, long? departmentId, string? district, DateTime utcNow)
    {
        var today = DateOnly.FromDateTime(utcNow.AddHours(DashboardFilter.SeoulOffsetHours));
        var last = Date("to", to) ?? today;
        var first = Date("from", from) ?? last.AddDays(1 - DefaultDays);
        if (first > last)
        {
            throw RequestValidationException.For("from", "시작일은 종료일보다 늦을 수 없습니다. (from must not be after to.)");
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            throw RequestValidationException.For("from", $"기간은 최대 {MaxDays}일입니다. (The period is at most {MaxDays} days.)");
        }

        if (!string.IsNullOrEmpty(domain) && !Domains.IsKnown(domain))
        {
            throw RequestValidationException.For("domain", "알 수 없는 분야입니다. (Unknown domain code.)");
        }

        if (!string.IsNullOrEmpty(district) && !DistrictBoundaries.Shipped.Shapes.Any(s => s.Name == district))
        {
            throw RequestValidationException.For("district", "서울시 자치구 이름이 아닙니다. (Not a Seoul district name, e.g. 마포구.)");
        }

        return new DashboardFilter(Utc(first), Utc(last.AddDays(1)), Empty(domain), departmentId, Empty(district));
    }

    private static DateOnly? Date(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100
            ? d
            : throw RequestValidationException.For(field, "날짜는 yyyy-MM-dd 형식으로 입력해 주세요. (Use a yyyy-MM-dd date.)");
    }

    private static DateTime Utc(DateOnly seoulDay) =>
        DateTime.SpecifyKind(seoulDay.ToDateTime(TimeOnly.MinValue).AddHours(-DashboardFilter.SeoulOffsetHours), DateTimeKind.Utc);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
