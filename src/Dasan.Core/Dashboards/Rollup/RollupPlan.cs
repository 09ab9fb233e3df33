namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// How a dashboard period is read: whole Seoul months in [<see cref="FirstMonth"/>, <see cref="EndMonth"/>) from
/// monthly rows, the other whole days in [<see cref="FirstDay"/>, <see cref="EndDay"/>) from daily rows, and the
/// parts of days at ends not on a Seoul midnight (<see cref="Partial"/>) from the requests themselves.
/// </summary>
internal sealed record RollupPlan(DateOnly FirstDay, DateOnly EndDay, DateOnly FirstMonth, DateOnly EndMonth, IReadOnlyList<DashboardFilter> Partial)
{
    /// <param name="f">The scoped filter.</param>
    /// <param name="months">False for daily series, which need every day on its own.</param>
    public static RollupPlan For(DashboardFilter f, bool months)
    {
        var firstDay = SeoulDays.IsMidnight(f.From) ? SeoulDays.Of(f.From) : SeoulDays.Of(f.From).AddDays(1);
        var endDay = SeoulDays.Of(f.To);
        if (f.From >= f.To || firstDay >= endDay)
        {
            // Not one whole day: everything comes from the requests (nothing when the period is empty).
            return new RollupPlan(endDay, endDay, endDay, endDay, f.From < f.To ? [f] : []);
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

        var firstMonth = firstDay.Day == 1 ? firstDay : SeoulDays.MonthOf(firstDay).AddMonths(1);
        var endMonth = SeoulDays.MonthOf(endDay);
        return months && firstMonth < endMonth
            ? new RollupPlan(firstDay, endDay, firstMonth, endMonth, partial)
            : new RollupPlan(firstDay, endDay, endDay, endDay, partial);
    }
}
