namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// How a dashboard period is read: whole Seoul months from monthly rows (unless they are stale), the other whole
/// days from daily rows (<see cref="Ranges"/>), and the parts of days at ends not on a Seoul midnight
/// (<see cref="Partial"/>) from the requests themselves.
/// </summary>
internal sealed record RollupPlan(IReadOnlyList<(RollupGrain Grain, DateOnly First, DateOnly End)> Ranges, IReadOnlyList<DashboardFilter> Partial)
{
    /// <param name="f">The scoped filter.</param>
    /// <param name="months">False for daily series, which need every day on its own.</param>
    /// <param name="staleMonths">Months whose monthly rows wait for a recount (see <see cref="RollupRefresher.RefreshAsync"/>).</param>
    public static RollupPlan For(DashboardFilter f, bool months, IReadOnlySet<DateOnly> staleMonths)
    {
        var firstDay = SeoulDays.IsMidnight(f.From) ? SeoulDays.Of(f.From) : SeoulDays.Of(f.From).AddDays(1);
        var endDay = SeoulDays.Of(f.To);
        if (f.From >= f.To || firstDay >= endDay)
        {
            // Not one whole day: everything comes from the requests (nothing when the period is empty).
            return new RollupPlan([], f.From < f.To ? [f] : []);
        }

        var partial = new List<DashboardFilter>();
        if (f.From < SeoulDays.StartUtc(firstDay))
        {
            partial.Add(f with { To = SeoulDays.StartUtc(firstDay) });
        }

        if (SeoulDays.StartUtc(endDay) < f.To)
        {
            partial.Add(f with { From = SeoulDays.StartUtc(endDay) });
        }

        var ranges = new List<(RollupGrain Grain, DateOnly First, DateOnly End)>();
        var day = firstDay;
        while (day < endDay)
        {
            var next = SeoulDays.MonthOf(day).AddMonths(1);
            var wholeMonth = months && day.Day == 1 && next <= endDay && !staleMonths.Contains(day);
            var (grain, end) = wholeMonth ? (RollupGrain.Month, next) : (RollupGrain.Day, next < endDay ? next : endDay);
            if (ranges.Count > 0 && ranges[^1].Grain == grain && ranges[^1].End == day)
            {
                ranges[^1] = (grain, ranges[^1].First, end);
            }
            else
            {
                ranges.Add((grain, day, end));
            }

            day = end;
        }

        return new RollupPlan(ranges, partial);
    }
}
