using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Staff;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Who sees which requests on the dashboards: supervisors and admins the whole city, staff only their own
/// department (whatever department they ask for), integrations nothing (see ADR 0310).
/// </summary>
public static class DashboardAccess
{
    public static DashboardFilter Scope(Actor actor, DashboardFilter filter) => actor.Role switch
    {
        StaffRole.Admin or StaffRole.Supervisor => filter,
        StaffRole.Staff when actor.DepartmentId is { } d => filter.ForDepartment(d),
        _ => throw new AccessDeniedException("대시보드는 직원만 볼 수 있습니다. (Dashboards are for staff accounts.)"),
    };

    /// <summary>Requests received in the period that match the filter (the filter must already be scoped).</summary>
    public static IQueryable<CitizenRequest> Received(DasanDbContext db, DashboardFilter f) =>
        Matching(db, f).Where(r => r.ReceivedAt >= f.From && r.ReceivedAt < f.To);

    /// <summary>Requests that match the domain, department and district filters, whenever received.</summary>
    public static IQueryable<CitizenRequest> Matching(DasanDbContext db, DashboardFilter f)
    {
        var q = db.Requests.AsQueryable();
        if (f.Domain is { } domain)
        {
            q = q.Where(r => r.Domain == domain);
        }

        if (f.DepartmentId is { } department)
        {
            q = q.Where(r => r.DepartmentId == department);
        }

        if (f.District is { } district)
        {
            q = q.Where(r => r.District == district);
        }

        return q;
    }
}
