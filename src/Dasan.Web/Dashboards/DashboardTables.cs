using Dasan.Core.Dashboards;

namespace Dasan.Web.Dashboards;

/// <summary>Each dashboard table as CSV: the same rows the JSON API and the pages show.</summary>
public static class DashboardTables
{
    public static CsvTable Counts(IReadOnlyList<CountRow> rows) =>
        new(["key", "label", "label_en", "count"], rows.Select(r => (IReadOnlyList<object?>)[r.Key, r.Label, r.LabelEn, r.Count]));

    public static CsvTable Series(IReadOnlyList<SeriesPoint> rows) =>
        new(["bucket", "key", "count"], rows.Select(r => (IReadOnlyList<object?>)[r.Bucket, r.Key, r.Count]));

    public static CsvTable Backlog(IReadOnlyList<BacklogRow> rows) =>
        new(["department_id", "department", "department_en", "open", "overdue"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DepartmentId, r.Department, r.DepartmentEn, r.Open, r.Overdue]));

    public static CsvTable Timing(IReadOnlyList<TimingRow> rows) =>
        new(["department_id", "department", "department_en", "answered", "median_hours_to_answer", "closed", "median_hours_to_close"],
            rows.Select(r => (IReadOnlyList<object?>)[r.DepartmentId, r.Department, r.DepartmentEn, r.Answered, Round(r.AnswerHours), r.Closed, Round(r.CloseHours)]));

    public static CsvTable Triage(IReadOnlyList<TriageRateRow> rows) =>
        new(["domain", "label", "label_en", "suggestions", "auto_assigned", "auto_rate", "overridden", "auto_overridden", "override_rate"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Domain, r.Label, r.LabelEn, r.Suggestions, r.AutoAssigned, Round(r.AutoRate), r.Overridden, r.AutoOverridden, Round(r.OverrideRate)]));

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 3) : null;
}
