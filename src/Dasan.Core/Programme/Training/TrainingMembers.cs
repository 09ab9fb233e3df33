using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>Finds the roster record of the signed-in staff account.</summary>
public static class TrainingMembers
{
    public static async Task<RosterMember> ForActorAsync(DasanDbContext db, Actor actor, CancellationToken ct)
    {
        var member = actor.UserId is { } id && actor.Kind == ActorKind.Human
            ? await db.TrainingRoster.Include(r => r.Department).SingleOrDefaultAsync(r => r.StaffUserId == id && r.Active, ct)
            : null;
        return member ?? throw new RequestRuleException(
            "교육 명부에 이 계정과 연결된 직원 기록이 없습니다. 관리자에게 명부 등록을 요청하세요. (No roster record is linked to this account.)");
    }
}
