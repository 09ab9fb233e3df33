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
                name: "dashboard_dirty_periods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_dirty_periods", x => x.Id);
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
                    Answered00 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered01 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered02 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered03 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered04 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered05 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered06 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered07 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered08 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered09 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered10 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered11 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered12 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered13 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered14 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered15 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered16 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered17 = table.Column<int>(type: "INTEGER", nullable: true),
                    Answered18 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed00 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed01 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed02 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed03 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed04 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed05 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed06 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed07 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed08 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed09 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed10 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed11 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed12 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed13 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed14 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed15 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed16 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed17 = table.Column<int>(type: "INTEGER", nullable: true),
                    Closed18 = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "dashboard_dirty_periods");

            migrationBuilder.DropTable(
                name: "dashboard_rollups");
        }
    }
}
