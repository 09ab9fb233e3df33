using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Dashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "District",
                table: "requests",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_triage_suggestions_dashboard",
                table: "triage_suggestions",
                columns: new[] { "RequestId", "AutoAssigned", "OverriddenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_dashboard_department",
                table: "requests",
                columns: new[] { "DepartmentId", "ReceivedAt", "Domain", "District", "AnsweredAt", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_dashboard_open",
                table: "requests",
                columns: new[] { "DepartmentId", "DueAt", "Domain", "District" },
                filter: "\"Status\" IN ('Received', 'Assigned', 'Transferred', 'InProgress')");

            migrationBuilder.CreateIndex(
                name: "IX_requests_dashboard_period",
                table: "requests",
                columns: new[] { "ReceivedAt", "Domain", "DepartmentId", "District", "AnsweredAt", "ClosedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_triage_suggestions_dashboard",
                table: "triage_suggestions");

            migrationBuilder.DropIndex(
                name: "IX_requests_dashboard_department",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_dashboard_open",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_dashboard_period",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "District",
                table: "requests");
        }
    }
}
