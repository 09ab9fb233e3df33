namespace Dasan.Core.Programme.Training;

/// <summary>A generated roster entry with its completions (module code, completed at, score, source).</summary>
public sealed record SyntheticPerson(
    string EmployeeNo,
    string Name,
    string DepartmentCode,
    string Grade,
    string JobRole,
    int? OperatesTier,
    IReadOnlyList<string> Levels,
    IReadOnlyList<(string Module, DateTime At, int? Score, string Source)> Completions);
