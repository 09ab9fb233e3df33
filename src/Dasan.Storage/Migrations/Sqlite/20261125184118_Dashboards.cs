using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_DepartmentId_ReceivedAt",
                table: "requests",
                columns: new[] { "DepartmentId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_District_ReceivedAt",
                table: "requests",
                columns: new[] { "District", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_Domain_ReceivedAt",
                table: "requests",
                columns: new[] { "Domain", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_DepartmentId_ReceivedAt",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_District_ReceivedAt",
                table: "requests");

            migrationBuilder.DropIndex(
                name: "IX_requests_Domain_ReceivedAt",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "District",
                table: "requests");
        }
    }
}
