namespace Dasan.Core.Programme.Training;

/// <summary>A staff member's own training record.</summary>
public sealed record MyProgress(
    string EmployeeNo,
    string Name,
    string Department,
    int? OperatesTier,
    bool OperatorRequired,
    bool OperatorCompliant,
    IReadOnlyList<LevelProgress> Levels);

/// <summary>One level: enrolment, certificate and each module's status.</summary>
public sealed record LevelProgress(CurriculumLevel Level, bool Enrolled, Certificate? Certificate, IReadOnlyList<ModuleStatus> Modules);

/// <summary>A module's status for one person.</summary>
public sealed record ModuleStatus(string Code, string Title, CompletionRule Rule, int MasteryScore, bool Read, int? BestScore, DateTime? ValidUntil, bool Expired);
