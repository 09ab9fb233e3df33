namespace Dasan.Core.Dashboards.Rollup;

/// <summary>Half-open ranges of days [First, End): merging them and widening them to whole months.</summary>
internal static class DayRanges
{
    /// <summary>Sorted, non-overlapping ranges; ranges less than <paramref name="gapDays"/> apart are joined.</summary>
    public static List<(DateOnly First, DateOnly End)> Merge(IEnumerable<(DateOnly First, DateOnly End)> ranges, int gapDays)
    {
        var merged = new List<(DateOnly First, DateOnly End)>();
        foreach (var (first, end) in ranges.OrderBy(r => r.First))
        {
            if (merged.Count > 0 && first.DayNumber - merged[^1].End.DayNumber <= gapDays)
            {
                merged[^1] = (merged[^1].First, end > merged[^1].End ? end : merged[^1].End);
            }
            else
            {
                merged.Add((first, end));
            }
        }

        return merged;
    }

    /// <summary>The first days of the months that hold the days of a range.</summary>
    public static IEnumerable<DateOnly> MonthsOf((DateOnly First, DateOnly End) days)
    {
        for (var month = SeoulDays.MonthOf(days.First); month < days.End; month = month.AddMonths(1))
        {
            yield return month;
        }
    }
}
