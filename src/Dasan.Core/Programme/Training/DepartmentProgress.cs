namespace Dasan.Core.Programme.Training;

/// <summary>A department's training progress for its supervisors.</summary>
public sealed record DepartmentProgress(
    long DepartmentId,
    string Department,
    string Bureau,
    int Staff,
    IReadOnlyList<LevelShare> Levels,
    int OperatorsRequired,
    int OperatorsCompliant,
    IReadOnlyList<MemberRow> Members)
{
    /// <summary>Share of staff holding a valid L0 certificate.</summary>
    public double L0Share => Levels.FirstOrDefault(l => l.Level == "L0")?.Share ?? 0;
}

/// <summary>Certified against enrolled for one level (for a mandatory level, every staff member counts as enrolled).</summary>
public sealed record LevelShare(string Level, string Name, int Enrolled, int Certified)
{
    public double Share => Enrolled == 0 ? 0 : (double)Certified / Enrolled;
}

/// <summary>One person in the department list.</summary>
public sealed record MemberRow(string EmployeeNo, string Name, string? Grade, string? JobRole, IReadOnlyList<string> Certificates, bool? OperatorCompliant);
