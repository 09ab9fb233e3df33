namespace Dasan.Core.Intake;

/// <summary>
/// Legal processing periods (민원 처리에 관한 법률 시행령) and the working day they are counted in.
/// Bound from configuration section <c>Dasan:ProcessingPeriods</c>.
/// </summary>
public sealed class ProcessingPeriodOptions
{
    public const string Section = "Dasan:ProcessingPeriods";

    /// <summary>질의: 7 days.</summary>
    public int InquiryDays { get; set; } = 7;

    /// <summary>건의: 14 days.</summary>
    public int SuggestionDays { get; set; } = 14;

    /// <summary>고충·진정: 7 days.</summary>
    public int GrievanceDays { get; set; } = 7;

    /// <summary>기타 민원: at once, i.e. within 3 working hours.</summary>
    public int OtherWorkingHours { get; set; } = 3;

    /// <summary>Periods of this many days or fewer are counted in working hours (8 per day).</summary>
    public int HourCountingMaxDays { get; set; } = 5;

    /// <summary>Local offset of the city from UTC (Korea: +9, no daylight saving).</summary>
    public double UtcOffsetHours { get; set; } = 9;

    public TimeOnly WorkdayStart { get; set; } = new(9, 0);
    public TimeOnly LunchStart { get; set; } = new(12, 0);
    public TimeOnly LunchEnd { get; set; } = new(13, 0);
    public TimeOnly WorkdayEnd { get; set; } = new(18, 0);

    /// <summary>Holidays beyond the shipped calendar (임시공휴일), as yyyy-MM-dd.</summary>
    public List<string> ExtraHolidays { get; set; } = [];
}
