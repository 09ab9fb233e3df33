using System.Globalization;
using Dasan.Core.Dashboards.Rollup;

namespace Dasan.Storage.Postgres;

/// <summary>
/// PostgreSQL fragments of the roll-up statements. Timestamps are <c>timestamptz</c> in UTC; days are taken at a
/// fixed UTC+9 whatever the session's time zone, and hours are added as exact intervals.
/// </summary>
public sealed class PostgresRollupDialect : RollupDialect
{
    /// <summary>Key of the advisory lock that serialises roll-up refreshes across web nodes.</summary>
    public const long RollupLockKey = 0x44_61_73_61_6E_52;

    public static PostgresRollupDialect Instance { get; } = new();

    public override string SeoulDay(string timestamp) => $"CAST(({timestamp} AT TIME ZONE 'UTC') + INTERVAL '9 hours' AS date)";

    public override string MonthOf(string day) => $"CAST(date_trunc('month', CAST({day} AS timestamp)) AS date)";

    public override string AddHours(string timestamp, double hours) =>
        $"{timestamp} + INTERVAL '{hours.ToString("R", CultureInfo.InvariantCulture)} hours'";

    public override string Clear(string table) => $"TRUNCATE {table}";

    public override string? Lock => $"SELECT pg_advisory_xact_lock({RollupLockKey})";

    public override string? Analyze(string table) => $"ANALYZE {table}";

    /// <summary>
    /// No JIT (compiling the 43 aggregates costs more than it saves) and room to hash-aggregate a million requests
    /// in memory, for the rebuild's transaction only.
    /// </summary>
    public override string? BulkSettings => "SET LOCAL jit = off; SET LOCAL work_mem = '128MB'";

    public override string IndexDefinitions(string table) => $"""
        SELECT indexdef AS "Value" FROM pg_indexes
        WHERE schemaname = current_schema() AND tablename = '{table}'
          AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = '{table}'::regclass)
        """;
}
