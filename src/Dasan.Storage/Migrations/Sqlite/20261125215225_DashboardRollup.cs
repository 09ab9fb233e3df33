using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dashboard_dirty_days",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_dirty_days", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_rollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    District = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Suggestions = table.Column<int>(type: "INTEGER", nullable: false),
                    AutoAssigned = table.Column<int>(type: "INTEGER", nullable: false),
                    Overridden = table.Column<int>(type: "INTEGER", nullable: false),
                    AutoOverridden = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered00 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered01 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered02 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered03 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered04 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered05 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered06 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered07 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered08 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered09 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered10 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered11 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered12 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered13 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered14 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered15 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered16 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered17 = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered18 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed00 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed01 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed02 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed03 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed04 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed05 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed06 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed07 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed08 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed09 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed10 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed11 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed12 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed13 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed14 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed15 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed16 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed17 = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed18 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_rollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_rollups_department",
                table: "dashboard_rollups",
                columns: new[] { "Grain", "DepartmentId", "Start" },
                filter: "\"Level\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_rollups_district",
                table: "dashboard_rollups",
                columns: new[] { "Grain", "District", "Start" },
                filter: "\"Level\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_rollups_domain",
                table: "dashboard_rollups",
                columns: new[] { "Grain", "Domain", "Start" },
                filter: "\"Level\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_dashboard_rollups_period",
                table: "dashboard_rollups",
                columns: new[] { "Grain", "Level", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dashboard_dirty_days");

            migrationBuilder.DropTable(
                name: "dashboard_rollups");
        }
    }
}
