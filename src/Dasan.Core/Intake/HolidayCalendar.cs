using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Dasan.Core.Intake;

/// <summary>Korean public holidays (2025–2027 shipped, more from configuration) and weekends.</summary>
public sealed class HolidayCalendar
{
    private readonly Dictionary<DateOnly, string> _holidays;

    public HolidayCalendar(IEnumerable<(DateOnly Date, string Name)> holidays)
    {
        _holidays = [];
        foreach (var (date, name) in holidays)
        {
            _holidays[date] = name;
        }
    }

    public IReadOnlyDictionary<DateOnly, string> Holidays => _holidays;

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.ContainsKey(date);

    public string? HolidayName(DateOnly date) => _holidays.GetValueOrDefault(date);

    /// <summary>The shipped calendar plus <paramref name="extra"/> dates (yyyy-MM-dd).</summary>
    public static HolidayCalendar LoadShipped(IEnumerable<string>? extra = null)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dasan.Core.Intake.holidays-kr.json")
            ?? throw new InvalidOperationException("The shipped holiday calendar is missing from Dasan.Core.");
        using var doc = JsonDocument.Parse(stream);
        var list = new List<(DateOnly, string)>();
        foreach (var item in doc.RootElement.GetProperty("holidays").EnumerateArray())
        {
            list.Add((DateOnly.ParseExact(item.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                item.GetProperty("name").GetString()!));
        }

        foreach (var text in extra ?? [])
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidOperationException(
                    $"Dasan:ProcessingPeriods:ExtraHolidays has '{text}', which is not a yyyy-MM-dd date.");
            }

            list.Add((date, "임시공휴일"));
        }

        return new HolidayCalendar(list);
    }
}
