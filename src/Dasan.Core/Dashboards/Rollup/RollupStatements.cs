namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// The set-based SQL that recounts the roll-up (ADR 0313). Ranged statements take two parameters, <c>{0}</c> and
/// <c>{1}</c>: the first and the end (excluded) day or month, or for <see cref="DailyFull"/> the same as UTC instants.
/// </summary>
internal sealed class RollupStatements(RollupDialect sql)
{
    public const string Table = "dashboard_rollups";

    private const string Keys = "\"Domain\", \"DepartmentId\", \"District\"";

    /// <summary>Marks the day or month {0} dirty.</summary>
    public static string MarkDirty(RollupGrain grain) =>
        $"INSERT INTO dashboard_dirty_periods (\"Grain\", \"Start\") VALUES ({(int)grain}, {{0}})";

    /// <summary>Removes the rows of one grain whose start is in [{0}, {1}).</summary>
    public static string Delete(RollupGrain grain) =>
        $"DELETE FROM {Table} WHERE \"Grain\" = {(int)grain} AND \"Level\" IN (0, 1, 2, 3) AND \"Start\" >= {{0}} AND \"Start\" < {{1}}";

    /// <summary>
    /// Full daily rows counted from the requests received in [{0}, {1}) (every request when not ranged). The bucket
    /// of each request is worked out once in a materialized CTE: inlined, it would be recomputed for every column.
    /// </summary>
    public string DailyFull(bool ranged)
    {
        var received = ranged ? "r.\"ReceivedAt\" >= {0} AND r.\"ReceivedAt\" < {1}" : null;
        var triaged = ranged ? "JOIN requests q ON q.\"Id\" = t.\"RequestId\" WHERE q.\"ReceivedAt\" >= {0} AND q.\"ReceivedAt\" < {1}" : "";
        var measures = string.Join(", ",
            ["COUNT(*)", "COALESCE(SUM(x.sn), 0)", "COALESCE(SUM(x.sa), 0)", "COALESCE(SUM(x.so), 0)", "COALESCE(SUM(x.sao), 0)",
             .. Enumerable.Range(0, RollupColumns.Answered.Count).Select(i => $"NULLIF(COUNT(CASE WHEN x.ab = {i} THEN 1 END), 0)"),
             .. Enumerable.Range(0, RollupColumns.Closed.Count).Select(i => $"NULLIF(COUNT(CASE WHEN x.cb = {i} THEN 1 END), 0)")]);
        return $"""
            WITH x AS MATERIALIZED (
                SELECT {sql.SeoulDay("r.\"ReceivedAt\"")} AS d, r."Domain", r."DepartmentId", r."District", s.sn, s.sa, s.so, s.sao,
                    {Bucket("AnsweredAt")} AS ab, {Bucket("ClosedAt")} AS cb
                FROM requests r
                LEFT JOIN (
                    SELECT t."RequestId",
                        COUNT(*) AS sn,
                        SUM(CASE WHEN t."AutoAssigned" THEN 1 ELSE 0 END) AS sa,
                        SUM(CASE WHEN t."OverriddenAt" IS NOT NULL THEN 1 ELSE 0 END) AS so,
                        SUM(CASE WHEN t."AutoAssigned" AND t."OverriddenAt" IS NOT NULL THEN 1 ELSE 0 END) AS sao
                    FROM triage_suggestions t {triaged}
                    GROUP BY t."RequestId") s ON s."RequestId" = r."Id"
                {(received is null ? "" : "WHERE " + received)})
            INSERT INTO {Table} ("Grain", "Level", "Start", "Month", {Keys}, {Columns(RollupColumns.All)})
            SELECT {(int)RollupGrain.Day}, {(int)RollupLevel.Full}, x.d, {sql.MonthOf("x.d")}, x."Domain", x."DepartmentId", x."District", {measures}
            FROM x
            GROUP BY x.d, x."Domain", x."DepartmentId", x."District"
            """;
    }

    /// <summary>Full monthly rows summed from the full daily rows of the months in [{0}, {1}).</summary>
    public static string MonthlyFull(bool ranged) => $"""
        INSERT INTO {Table} ("Grain", "Level", "Start", "Month", {Keys}, {Columns(RollupColumns.All)})
        SELECT {(int)RollupGrain.Month}, {(int)RollupLevel.Full}, f."Month", f."Month", f."Domain", f."DepartmentId", f."District", {Sums(RollupColumns.All)}
        FROM {Table} f
        WHERE f."Grain" = {(int)RollupGrain.Day} AND f."Level" = {(int)RollupLevel.Full}{(ranged ? " AND f.\"Start\" >= {0} AND f.\"Start\" < {1}" : "")}
        GROUP BY f."Month", f."Domain", f."DepartmentId", f."District"
        """;

    /// <summary>Single-key rows of a grain summed from its full rows starting in [{0}, {1}).</summary>
    public static string Level(RollupGrain grain, RollupLevel level, bool ranged)
    {
        var key = level switch
        {
            RollupLevel.Domain => "\"Domain\"",
            RollupLevel.Department => "\"DepartmentId\"",
            RollupLevel.District => "\"District\"",
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "The full level is counted, not summed."),
        };
        var durations = RollupColumns.HasDurations(level) ? Sums(RollupColumns.Durations) : string.Join(", ", RollupColumns.Durations.Select(_ => "NULL"));
        return $"""
            INSERT INTO {Table} ("Grain", "Level", "Start", "Month", {key}, {Columns(RollupColumns.All)})
            SELECT {(int)grain}, {(int)level}, f."Start", f."Month", f.{key}, {Sums(RollupColumns.Counts)}, {durations}
            FROM {Table} f
            WHERE f."Grain" = {(int)grain} AND f."Level" = {(int)RollupLevel.Full}{(ranged ? " AND f.\"Start\" >= {0} AND f.\"Start\" < {1}" : "")}
            GROUP BY f."Start", f."Month", f.{key}
            """;
    }

    /// <summary>The <see cref="DurationHistogram"/> bucket of <c>end - ReceivedAt</c>, null when not ended or ended before receipt.</summary>
    private string Bucket(string end)
    {
        var e = $"r.\"{end}\"";
        var cases = DurationHistogram.EdgesHours.Select((h, i) => $"WHEN {e} <= {sql.AddHours("r.\"ReceivedAt\"", h)} THEN {i}");
        return $"CASE WHEN {e} IS NULL OR {e} < r.\"ReceivedAt\" THEN NULL {string.Join(" ", cases)} ELSE {DurationHistogram.EdgesHours.Count} END";
    }

    private static string Columns(IEnumerable<string> columns) => string.Join(", ", columns.Select(RollupColumns.Quoted));

    private static string Sums(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"SUM(f.{RollupColumns.Quoted(c)})"));
}
