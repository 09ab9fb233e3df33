using Dasan.Core.Dashboards.Rollup;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>
/// The dashboard roll-up (ADR 0313): a period index for city-wide reads and, on the full level only, one per filter
/// key so that a filtered period reads just its key's rows; the dirty-period queue is a plain list.
/// </summary>
internal static class RollupModel
{
    private const string FullLevel = "\"Level\" = 0";

    public static void Configure(ModelBuilder b)
    {
        b.Entity<DashboardRollup>(e =>
        {
            e.ToTable("dashboard_rollups");
            e.Property(x => x.Domain).HasMaxLength(40);
            e.Property(x => x.District).HasMaxLength(10);
            e.HasIndex(x => new { x.Grain, x.Level, x.Start }, "IX_dashboard_rollups_period");
            e.HasIndex(x => new { x.Grain, x.Domain, x.Start }, "IX_dashboard_rollups_domain").HasFilter(FullLevel);
            e.HasIndex(x => new { x.Grain, x.DepartmentId, x.Start }, "IX_dashboard_rollups_department").HasFilter(FullLevel);
            e.HasIndex(x => new { x.Grain, x.District, x.Start }, "IX_dashboard_rollups_district").HasFilter(FullLevel);
        });
        b.Entity<DirtyPeriod>(e => e.ToTable("dashboard_dirty_periods"));
    }
}
