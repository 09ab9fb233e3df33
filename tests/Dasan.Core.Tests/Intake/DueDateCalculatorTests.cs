using Dasan.Core.Intake;
using Dasan.Core.Requests;

namespace Dasan.Core.Tests.Intake;

public class DueDateCalculatorTests
{
    private static readonly DueDateCalculator Calculator = new(new ProcessingPeriodOptions(), HolidayCalendar.LoadShipped());

    /// <summary>Korean local time to UTC.</summary>
    private static DateTime Kst(int y, int m, int d, int h = 10, int min = 0) => new DateTime(y, m, d, h, min, 0, DateTimeKind.Utc).AddHours(-9);

    [Fact]
    public void DueAt_WhenInquiryOnMonday_CountsSevenWorkingDaysIncludingFirst()
    {
        // Mon 2026-11-02 .. Fri 11-06 (5), Mon 11-09 (6), Tue 11-10 (7)
        Assert.Equal(Kst(2026, 11, 10, 18), Calculator.DueAt(RequestType.Inquiry, Kst(2026, 11, 2)));
    }

    [Fact]
    public void DueAt_WhenSuggestionSpansChuseok_SkipsHolidaysAndWeekends()
    {
        // Received Wed 2026-09-23. Holidays 9-24, 9-25, 9-26(Sat); 10-03(Sat), 10-05 substitute; 10-09 한글날.
        // Working days: 9-23(1), 9-28(2) .. 10-02(6), 10-06(7), 10-07(8), 10-08(9), 10-12(10) .. 10-15(13), 10-16(14)
        Assert.Equal(Kst(2026, 10, 16, 18), Calculator.DueAt(RequestType.Suggestion, Kst(2026, 9, 23)));
    }

    [Fact]
    public void DueAt_WhenReceivedOnSaturday_FirstCountedDayIsNextWorkingDay()
    {
        // Sat 2026-11-07 → Mon 11-09 (1) .. Tue 11-17 (7)
        Assert.Equal(Kst(2026, 11, 17, 18), Calculator.DueAt(RequestType.Grievance, Kst(2026, 11, 7)));
    }

    [Fact]
    public void DueAt_WhenOtherReceivedLateFriday_CountsWorkingHoursIntoMonday()
    {
        // Fri 2026-11-06 17:00: 1 hour Friday, 2 hours Monday from 09:00 → Mon 11:00
        Assert.Equal(Kst(2026, 11, 9, 11), Calculator.DueAt(RequestType.Other, Kst(2026, 11, 6, 17)));
    }

    [Fact]
    public void DueAt_WhenOtherReceivedBeforeLunch_SkipsLunchHour()
    {
        // Tue 11:00: 1 hour to noon, lunch, 2 more hours → 15:00
        Assert.Equal(Kst(2026, 11, 10, 15), Calculator.DueAt(RequestType.Other, Kst(2026, 11, 10, 11)));
    }

    [Fact]
    public void DueAt_WhenOtherReceivedBeforeNewYearHoliday_SkipsTheHoliday()
    {
        // Thu 2026-12-31 17:30 → 0.5h, Jan 1 holiday, Fri 2027-01-01 is holiday, so Mon 2027-01-04 09:00 + 2.5h = 11:30
        Assert.Equal(Kst(2027, 1, 4, 11, 30), Calculator.DueAt(RequestType.Other, Kst(2026, 12, 31, 17, 30)));
    }

    [Fact]
    public void DueAt_WhenPeriodIsFiveDaysOrLess_CountsInWorkingHours()
    {
        var options = new ProcessingPeriodOptions { InquiryDays = 2 };
        var calc = new DueDateCalculator(options, HolidayCalendar.LoadShipped());
        // Mon 10:00 + 16 working hours → Wed 10:00
        Assert.Equal(Kst(2026, 11, 4, 10), calc.DueAt(RequestType.Inquiry, Kst(2026, 11, 2, 10)));
    }

    [Fact]
    public void LoadShipped_WhenExtraHolidayConfigured_TreatsItAsHoliday()
    {
        var calendar = HolidayCalendar.LoadShipped(["2026-11-11"]);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 11, 11)));
        Assert.Equal("설날", calendar.HolidayName(new DateOnly(2027, 2, 7)));
    }

    [Fact]
    public void LoadShipped_WhenExtraHolidayIsMalformed_ThrowsNamingTheSetting()
    {
        var e = Assert.Throws<InvalidOperationException>(() => HolidayCalendar.LoadShipped(["11/11/2026"]));
        Assert.Contains("ExtraHolidays", e.Message, StringComparison.Ordinal);
    }
}
