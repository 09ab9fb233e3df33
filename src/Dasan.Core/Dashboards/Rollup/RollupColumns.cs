using System.Globalization;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>The measure columns of <see cref="DashboardRollup"/> by name, for the set-based statements and the readers.</summary>
internal static class RollupColumns
{
    public static IReadOnlyList<string> Counts { get; } =
    [
        nameof(DashboardRollup.Received), nameof(DashboardRollup.Suggestions), nameof(DashboardRollup.AutoAssigned),
        nameof(DashboardRollup.Overridden), nameof(DashboardRollup.AutoOverridden),
    ];

    /// <summary>Bucket columns of the time to answer, one per <see cref="DurationHistogram"/> bucket.</summary>
    public static IReadOnlyList<string> Answered { get; } = Buckets("Answered");

    public static IReadOnlyList<string> Closed { get; } = Buckets("Closed");

    public static IReadOnlyList<string> Durations { get; } = [.. Answered, .. Closed];

    public static IReadOnlyList<string> All { get; } = [.. Counts, .. Durations];

    /// <summary>Whether rows of the level count durations (those that keep the department, see <see cref="DashboardRollup"/>).</summary>
    public static bool HasDurations(RollupLevel level) => level is RollupLevel.Full or RollupLevel.Department;

    public static string Quoted(string column) => "\"" + column + "\"";

    private static string[] Buckets(string prefix) =>
        Enumerable.Range(0, DurationHistogram.EdgesHours.Count + 1).Select(i => prefix + i.ToString("00", CultureInfo.InvariantCulture)).ToArray();
}
