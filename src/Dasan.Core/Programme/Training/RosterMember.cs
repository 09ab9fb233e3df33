using Dasan.Core.Departments;

namespace Dasan.Core.Programme.Training;

/// <summary>
/// A person on the staff training roster. A training record, not a login: <see cref="StaffUserId"/> links it to a
/// <see cref="Staff.StaffUser"/> when the person also has an account, so they can take quizzes.
/// </summary>
public sealed class RosterMember
{
    public long Id { get; set; }

    /// <summary>Employee number from the HR roster (the import key), e.g. <c>SYN-00042</c> for synthetic staff.</summary>
    public required string EmployeeNo { get; set; }

    public required string Name { get; set; }
    public long DepartmentId { get; set; }
    public Department? Department { get; set; }

    /// <summary>Grade (직급), e.g. 7급, 과장.</summary>
    public string? Grade { get; set; }

    /// <summary>Job role used for enrolment by role, e.g. 민원, AI담당, 관리자.</summary>
    public string? JobRole { get; set; }

    /// <summary>Highest risk tier (1–4) of an AI system this person operates; 3 or 4 requires recurring operator training.</summary>
    public int? OperatesTier { get; set; }

    public long? StaffUserId { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>Where the record came from: seed, or import:FILE.</summary>
    public required string Source { get; set; }

    public DateTime UpdatedAt { get; set; }
}
