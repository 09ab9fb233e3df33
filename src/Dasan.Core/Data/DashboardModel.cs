using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dasan.Core.Data;

/// <summary>Mapping and indexes the dashboards need on the requests table (see ADR 0310).</summary>
internal static class DashboardModel
{
    public static void ConfigureRequests(EntityTypeBuilder<CitizenRequest> e)
    {
        e.Property(r => r.District).HasMaxLength(10);
        e.HasIndex(r => new { r.District, r.ReceivedAt });
        e.HasIndex(r => new { r.Domain, r.ReceivedAt });
        e.HasIndex(r => new { r.DepartmentId, r.ReceivedAt });
    }
}
