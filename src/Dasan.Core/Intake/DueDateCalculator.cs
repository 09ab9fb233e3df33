using Dasan.Core.Requests;

namespace Dasan.Core.Intake;

/// <summary>
/// Legal due dates: periods of 5 days or less run in working hours (8 a day) from receipt; longer
/// periods run in days, the first day included; weekends and public holidays never count.
/// </summary>
public sealed class DueDateCalculator(ProcessingPeriodOptions options, HolidayCalendar calendar)
{
    private readonly TimeSpan _offset = TimeSpan.FromHours(options.UtcOffsetHours);

    public DateTime DueAt(RequestType type, DateTime receivedUtc)
    {
        var local = DateTime.SpecifyKind(receivedUtc, DateTimeKind.Unspecified) + _offset;
        var dueLocal = type switch
        {
            RequestType.Other => AddWorkingHours(local, options.OtherWorkingHours),
            _ => PeriodDays(type) <= options.HourCountingMaxDays
                ? AddWorkingHours(local, PeriodDays(type) * WorkingHoursPerDay)
                : AddDays(local, PeriodDays(type)),
        };
        return DateTime.SpecifyKind(dueLocal - _offset, DateTimeKind.Utc);
    }

    public int PeriodDays(RequestType type) => type switch
    {
        RequestType.Inquiry => options.InquiryDays,
        RequestType.Suggestion => options.SuggestionDays,
        RequestType.Grievance => options.GrievanceDays,
        _ => 0,
    };

    private double WorkingHoursPerDay =>
        (options.WorkdayEnd - options.WorkdayStart - (options.LunchEnd - options.LunchStart)).TotalHours;

    /// <summary>Counts <paramref name="days"/> working days including the day of receipt; due at its close.</summary>
    private DateTime AddDays(DateTime local, int days)
    {
        var day = DateOnly.FromDateTime(local);
        var counted = 0;
        while (true)
        {
            if (calendar.IsWorkingDay(day) && ++counted == days)
            {
                return day.ToDateTime(options.WorkdayEnd);
            }

            day = day.AddDays(1);
        }
    }

    private DateTime AddWorkingHours(DateTime local, double hours)
    {
        var remaining = TimeSpan.FromHours(hours);
        var cursor = local;
        while (true)
        {
            var day = DateOnly.FromDateTime(cursor);
            if (!calendar.IsWorkingDay(day) || TimeOnly.FromDateTime(cursor) >= options.WorkdayEnd)
            {
                cursor = NextWorkingDay(day).ToDateTime(options.WorkdayStart);
                continue;
            }

            foreach (var (start, end) in Blocks(day))
            {
                if (cursor >= end)
                {
                    continue;
                }

                var from = cursor < start ? start : cursor;
                var available = end - from;
                if (available >= remaining)
                {
                    return from + remaining;
                }

                remaining -= available;
                cursor = end;
            }

            cursor = NextWorkingDay(day).ToDateTime(options.WorkdayStart);
        }
    }

    private (DateTime Start, DateTime End)[] Blocks(DateOnly day) =>
    [
        (day.ToDateTime(options.WorkdayStart), day.ToDateTime(options.LunchStart)),
        (day.ToDateTime(options.LunchEnd), day.ToDateTime(options.WorkdayEnd)),
    ];

    private DateOnly NextWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!calendar.IsWorkingDay(day));
        return day;
    }
}
