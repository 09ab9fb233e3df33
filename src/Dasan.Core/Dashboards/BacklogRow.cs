namespace Dasan.Core.Dashboards;

/// <summary>Open requests of one department now, and how many of them are past their legal due date.</summary>
public sealed record BacklogRow(long? DepartmentId, string Department, string DepartmentEn, int Open, int Overdue);
