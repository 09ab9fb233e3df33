using System.Linq.Expressions;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// The roll-up rows that make up a filter's whole days and months: the single-key level when the query neither
/// filters nor groups by another key, else the full level narrowed by the filter. Each range of the plan carries
/// every condition, so that each is one index range scan.
/// </summary>
internal static class RollupRows
{
    public static RollupLevel LevelFor(DashboardFilter f, DashboardDimension by)
    {
        var keys = new HashSet<DashboardDimension> { by };
        if (f.Domain is not null)
        {
            keys.Add(DashboardDimension.Domain);
        }

        if (f.DepartmentId is not null)
        {
            keys.Add(DashboardDimension.Department);
        }

        if (f.District is not null)
        {
            keys.Add(DashboardDimension.District);
        }

        return keys.Count > 1 ? RollupLevel.Full : by switch
        {
            DashboardDimension.Domain => RollupLevel.Domain,
            DashboardDimension.Department => RollupLevel.Department,
            _ => RollupLevel.District,
        };
    }

    public static IQueryable<DashboardRollup> Of(DasanDbContext db, DashboardFilter f, DashboardDimension by, RollupPlan p)
    {
        var level = LevelFor(f, by);
        var x = Expression.Parameter(typeof(DashboardRollup), "x");
        var body = p.Ranges.Select(r => Rebind(Range(f, level, r.Grain, r.First, r.End), x)).Aggregate((Expression)Expression.Constant(false), Expression.OrElse);
        return db.DashboardRollups.AsNoTracking().Where(Expression.Lambda<Func<DashboardRollup, bool>>(body, x));
    }

    private static Expression<Func<DashboardRollup, bool>> Range(DashboardFilter f, RollupLevel level, RollupGrain grain, DateOnly first, DateOnly end)
    {
        var domain = f.Domain;
        var department = f.DepartmentId;
        var district = f.District;
        // Level and grain as constants, so that both databases can match the partial indexes of the full level.
        return x => x.Level == EF.Constant(level) && x.Grain == EF.Constant(grain) && x.Start >= first && x.Start < end
            && (domain == null || x.Domain == domain)
            && (department == null || x.DepartmentId == department)
            && (district == null || x.District == district);
    }

    private static Expression Rebind(Expression<Func<DashboardRollup, bool>> e, ParameterExpression x) =>
        ReplacingExpressionVisitor.Replace(e.Parameters[0], x, e.Body);
}
