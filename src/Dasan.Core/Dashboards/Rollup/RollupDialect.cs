namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// The few SQL fragments the roll-up's set-based statements need that differ between providers. Each provider
/// context supplies one; the fragments must count exactly as EF Core's translation of the dashboard queries does.
/// </summary>
public abstract class RollupDialect
{
    /// <summary>The Seoul day (UTC+9) of a UTC timestamp expression, as a value comparable with a DateOnly column.</summary>
    public abstract string SeoulDay(string timestamp);

    /// <summary>The first day of the month of a day expression.</summary>
    public abstract string MonthOf(string day);

    /// <summary>A timestamp expression moved by whole or fractional hours, comparable with stored timestamps.</summary>
    public abstract string AddHours(string timestamp, double hours);

    /// <summary>Empties the roll-up table before a full rebuild.</summary>
    public virtual string Clear(string table) => $"DELETE FROM {table}";

    /// <summary>Serialises roll-up refreshes across processes inside a transaction, or null when the transaction does.</summary>
    public virtual string? Lock => null;

    /// <summary>Refreshes the planner's statistics of a table after a full rebuild, or null.</summary>
    public virtual string? Analyze(string table) => null;

    /// <summary>Session settings for the rest of a full rebuild's transaction, or null.</summary>
    public virtual string? BulkSettings => null;

    /// <summary>
    /// A query of one text column <c>Value</c>: the <c>CREATE INDEX</c> statements of the table's secondary indexes.
    /// A full rebuild drops them, loads, and creates them again, which is several times faster than maintaining them.
    /// </summary>
    public abstract string IndexDefinitions(string table);
}
