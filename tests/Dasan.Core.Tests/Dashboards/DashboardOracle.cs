using System.Globalization;
using Dasan.Core.Dashboards;
using Dasan.Core.Requests;
using Dasan.Core.Triage;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>
/// What every dashboard query must return, worked out in memory from all the rows with plain LINQ, as text lines
/// (key | numbers) in a fixed order so that a difference shows as a readable diff.
/// </summary>
internal sealed class DashboardOracle(IReadOnlyList<CitizenRequest> requests, IReadOnlyList<TriageSuggestion> suggestions)
{
    private static readonly double[] Edges = [1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720, 1080, 1440];

    public List<string> Breakdown(DashboardFilter f, DashboardDimension by) =>
        Lines(In(f).GroupBy(r => Key(r, by)).Select(g => $"{g.Key ?? "-"} | {g.Count()}"));

    public List<string> Series(DashboardFilter f, DashboardDimension by) =>
        Lines(In(f).GroupBy(r => (Bucket(r.ReceivedAt, f.Monthly), Key(r, by)))
            .Select(g => $"{g.Key.Item1:yyyy-MM-dd} {g.Key.Item2 ?? "-"} | {g.Count()}"));

    public List<string> Timing(DashboardFilter f)
    {
        var scope = In(f).ToList();
        var answered = Histograms(scope, r => r.AnsweredAt);
        var closed = Histograms(scope, r => r.ClosedAt);
        var lines = answered.Keys.Union(closed.Keys).Select(d =>
        {
            var a = answered.GetValueOrDefault(d) ?? [];
            var c = closed.GetValueOrDefault(d) ?? [];
            return TimingLine(d == 0 ? null : d, a, c);
        });
        return [TimingLine(null, Merge(answered.Values), Merge(closed.Values), "all"), .. Lines(lines)];
    }

    public List<string> Triage(DashboardFilter f)
    {
        var scope = In(f).ToDictionary(r => r.Id);
        var rows = suggestions.Where(s => scope.ContainsKey(s.RequestId)).GroupBy(s => scope[s.RequestId].Domain)
            .Select(g => $"{g.Key ?? "-"} | {g.Count()} {g.Count(s => s.AutoAssigned)} {g.Count(s => s.OverriddenAt != null)} {g.Count(s => s.AutoAssigned && s.OverriddenAt != null)}");
        var all = suggestions.Where(s => scope.ContainsKey(s.RequestId)).ToList();
        return [$"all | {all.Count} {all.Count(s => s.AutoAssigned)} {all.Count(s => s.OverriddenAt != null)} {all.Count(s => s.AutoAssigned && s.OverriddenAt != null)}", .. Lines(rows)];
    }

    public static string TimingLine(long? department, IReadOnlyDictionary<int, int> answered, IReadOnlyDictionary<int, int> closed, string? label = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{label ?? department?.ToString(CultureInfo.InvariantCulture) ?? "-"} | {answered.Values.Sum()} {DurationHistogram.Median(answered):R} {closed.Values.Sum()} {DurationHistogram.Median(closed):R}");

    public static List<string> Lines(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();

    private IEnumerable<CitizenRequest> In(DashboardFilter f) => requests.Where(r =>
        r.ReceivedAt >= f.From && r.ReceivedAt < f.To && (f.Domain is null || r.Domain == f.Domain)
        && (f.DepartmentId is null || r.DepartmentId == f.DepartmentId) && (f.District is null || r.District == f.District));

    private static string? Key(CitizenRequest r, DashboardDimension by) => by switch
    {
        DashboardDimension.Domain => r.Domain,
        DashboardDimension.District => r.District,
        _ => r.DepartmentId?.ToString(CultureInfo.InvariantCulture),
    };

    private static DateOnly Bucket(DateTime received, bool monthly)
    {
        var day = DateOnly.FromDateTime(received.AddHours(9));
        return monthly ? new DateOnly(day.Year, day.Month, 1) : day;
    }

    private static Dictionary<long, Dictionary<int, int>> Histograms(List<CitizenRequest> scope, Func<CitizenRequest, DateTime?> end) =>
        scope.Where(r => end(r) is { } e && e >= r.ReceivedAt)
            .GroupBy(r => r.DepartmentId ?? 0)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => BucketOf(r.ReceivedAt, end(r)!.Value)).ToDictionary(b => b.Key, b => b.Count()));

    private static int BucketOf(DateTime received, DateTime end)
    {
        for (var i = 0; i < Edges.Length; i++)
        {
            if (end <= received.AddHours(Edges[i]))
            {
                return i;
            }
        }

        return Edges.Length;
    }

    private static Dictionary<int, int> Merge(IEnumerable<Dictionary<int, int>> parts) =>
        parts.SelectMany(p => p).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
}
