using System.Globalization;
using Dasan.Core.Dashboards.Rollup;

namespace Dasan.Storage.Sqlite;

/// <summary>
/// SQLite fragments of the roll-up statements. Timestamps are stored as text (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>);
/// <see cref="AddHours"/> writes what EF Core's SQLite provider writes for <c>DateTime.AddHours</c>, so that the
/// roll-up compares durations exactly as the dashboard queries on the requests do. Writers are serialised by the
/// transaction's write lock.
/// </summary>
public sealed class SqliteRollupDialect : RollupDialect
{
    public static SqliteRollupDialect Instance { get; } = new();

    public override string SeoulDay(string timestamp) => $"date({timestamp}, '+9 hours')";

    public override string MonthOf(string day) => $"date({day}, 'start of month')";

    public override string IndexDefinitions(string table) =>
        $"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL";

    public override string AddHours(string timestamp, double hours) =>
        $"rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', {timestamp}, '{hours.ToString("0.0###", CultureInfo.InvariantCulture)} hours'), '0'), '.')";
}
