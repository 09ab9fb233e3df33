namespace Dasan.Core.Dashboards;

/// <summary>
/// Median hours from receipt to answer and to closing for one department (or the whole scope when
/// <see cref="DepartmentId"/> is null and <see cref="Department"/> is 전체), with how many requests they rest on.
/// </summary>
public sealed record TimingRow(long? DepartmentId, string Department, string DepartmentEn, int Answered, double? AnswerHours, int Closed, double? CloseHours);
