using Dasan.Core.Access;
using Dasan.Core.Staff;

namespace Dasan.Core.Programme.Training;

/// <summary>Who may do what in the curriculum. Staff see only their own record; supervisors and admins see any department.</summary>
public static class TrainingAccess
{
    /// <summary>Department progress with names: supervisors (city-wide, as in <see cref="Actor.IsCityWide"/>) and admins.</summary>
    public static void EnsureCanViewDepartment(Actor actor, long departmentId)
    {
        if (actor.Kind == ActorKind.System || actor.Role is StaffRole.Admin or StaffRole.Supervisor)
        {
            return;
        }

        throw new AccessDeniedException($"부서 {departmentId}의 교육 현황은 감독자와 관리자만 볼 수 있습니다. (Only supervisors and admins see a department's training progress.)");
    }

    /// <summary>City-wide figures (the per-bureau summary): supervisors and admins.</summary>
    public static void EnsureCanViewCityWide(Actor actor)
    {
        if (actor.Kind != ActorKind.System && actor.Role is not (StaffRole.Admin or StaffRole.Supervisor))
        {
            throw new AccessDeniedException("시 전체 교육 현황은 감독자와 관리자만 볼 수 있습니다. (Only supervisors and admins see city-wide training figures.)");
        }
    }

    /// <summary>Enrolment: supervisors and admins.</summary>
    public static void EnsureCanEnrol(Actor actor)
    {
        if (actor.Kind != ActorKind.System && actor.Role is not (StaffRole.Admin or StaffRole.Supervisor))
        {
            throw new AccessDeniedException("교육 대상 지정은 감독자와 관리자만 할 수 있습니다. (Only supervisors and admins enrol staff.)");
        }
    }

    /// <summary>Roster and completion imports: admins (and the CLI, which runs as the system).</summary>
    public static void EnsureCanImport(Actor actor)
    {
        if (actor.Kind != ActorKind.System && actor.Role != StaffRole.Admin)
        {
            throw new AccessDeniedException("명부와 이수 기록 가져오기는 관리자만 할 수 있습니다. (Only admins import rosters and completions.)");
        }
    }
}
