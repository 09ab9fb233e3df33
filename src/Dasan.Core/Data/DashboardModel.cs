using Dasan.Core.Requests;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>
/// The district column and the covering indexes the dashboards read (ADR 0310): every period query is an
/// index-only range scan, staff scoping starts from the department, the backlog reads a partial index of open requests.
/// </summary>
internal static class DashboardModel
{
    public const string OpenFilter = "\"Status\" IN ('Received', 'Assigned', 'Transferred', 'InProgress')";

    public static void Configure(ModelBuilder b)
    {
        b.Entity<CitizenRequest>(e =>
        {
            e.Property(r => r.District).HasMaxLength(10);
            e.HasIndex(r => new { r.ReceivedAt, r.Domain, r.DepartmentId, r.District, r.AnsweredAt, r.ClosedAt }, "IX_requests_dashboard_period");
            e.HasIndex(r => new { r.DepartmentId, r.ReceivedAt, r.Domain, r.District, r.AnsweredAt, r.ClosedAt }, "IX_requests_dashboard_department");
            e.HasIndex(r => new { r.DepartmentId, r.DueAt, r.Domain, r.District }, "IX_requests_dashboard_open").HasFilter(OpenFilter);
        });
        b.Entity<TriageSuggestion>(e => e.HasIndex(s => new { s.RequestId, s.AutoAssigned, s.OverriddenAt }, "IX_triage_suggestions_dashboard"));
    }
}
