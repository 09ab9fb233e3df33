using System.Globalization;
using Dasan.Core.Dashboards;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>
/// The filters the equivalence test runs: daily and monthly periods, on and off Seoul midnight (including a period
/// inside one day), each without a filter and with every kind of filter; and the query results as comparable lines.
/// </summary>
internal static class RollupScenarios
{
    public static IEnumerable<(string Name, DashboardFilter Filter)> All()
    {
        var periods = new (string, DashboardFilter)[]
        {
            ("30 days", Days(new DateOnly(2026, 3, 12), 30)),
            ("92 days across months", Days(new DateOnly(2025, 12, 20), 92)),
            ("93 days, monthly", Days(new DateOnly(2025, 12, 20), 93)),
            ("whole months", Days(new DateOnly(2025, 10, 1), 151)),
            ("everything", Days(new DateOnly(2025, 8, 17), 460)),
            ("unaligned, monthly", Between(Seoul(2025, 11, 3, 5, 17, 42), Seoul(2026, 4, 20, 13, 45, 0))),
            ("unaligned, daily", Between(Seoul(2026, 1, 10, 23, 30, 0), Seoul(2026, 2, 2, 0, 30, 0))),
            ("unaligned start only", Between(Seoul(2026, 5, 31, 12, 0, 0), Seoul(2026, 9, 1, 0, 0, 0))),
            ("inside one day", Between(Seoul(2026, 2, 14, 3, 0, 0), Seoul(2026, 2, 14, 21, 0, 0))),
            ("a midnight inside", Between(Seoul(2026, 2, 14, 3, 0, 0), Seoul(2026, 2, 15, 21, 0, 0))),
        };
        foreach (var (name, f) in periods)
        {
            yield return (name, f);
            yield return (name + ", district", f with { District = "마포구" });
            yield return (name + ", domain", f with { Domain = "transport" });
            yield return (name + ", department", f with { DepartmentId = 1 });
            yield return (name + ", domain and district", f with { Domain = "welfare", District = "강남구" });
            yield return (name + ", department and district", f with { DepartmentId = 2, District = "종로구" });
        }
    }

    /// <summary>Whole periods that see any change: all the data monthly, the data's first 92 days daily, one unaligned.</summary>
    public static IEnumerable<(string Name, DashboardFilter Filter)> Quick() =>
    [
        ("everything", Days(new DateOnly(2025, 8, 17), 460)),
        ("everything, district", Days(new DateOnly(2025, 8, 17), 460) with { District = "노원구" }),
        ("first 92 days", Days(new DateOnly(2025, 9, 1), 92)),
        ("unaligned", Between(Seoul(2025, 9, 3, 5, 17, 42), Seoul(2026, 10, 20, 13, 45, 0))),
    ];

    public static List<string> TimingLines(IReadOnlyList<TimingRow> rows) =>
        [Line(rows[0], "all"), .. DashboardOracle.Lines(rows.Skip(1).Select(r => Line(r, null)))];

    public static List<string> TriageLines(IReadOnlyList<TriageRateRow> rows) =>
        [Line(rows[0], "all"), .. DashboardOracle.Lines(rows.Skip(1).Select(r => Line(r, null)))];

    private static string Line(TimingRow r, string? label) => string.Create(CultureInfo.InvariantCulture,
        $"{label ?? r.DepartmentId?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {r.Answered} {r.AnswerHours:R} {r.Closed} {r.CloseHours:R}");

    private static string Line(TriageRateRow r, string? label) =>
        $"{label ?? r.Domain ?? "-"} | {r.Suggestions} {r.AutoAssigned} {r.Overridden} {r.AutoOverridden}";

    /// <summary><paramref name="days"/> whole Seoul days starting at <paramref name="first"/>, as the filter parser makes them.</summary>
    private static DashboardFilter Days(DateOnly first, int days) =>
        DashboardFilterParser.Parse(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            first.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null, null, DateTime.UnixEpoch);

    private static DashboardFilter Between(DateTime from, DateTime to) => new(from, to);

    private static DateTime Seoul(int y, int m, int d, int h, int min, int s) =>
        DateTime.SpecifyKind(new DateTime(y, m, d, h, min, s).AddHours(-9), DateTimeKind.Utc);
}
