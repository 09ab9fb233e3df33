using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dasan.Storage.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_dirty_days", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dashboard_rollups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Grain = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Domain = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    Suggestions = table.Column<int>(type: "integer", nullable: false),
                    AutoAssigned = table.Column<int>(type: "integer", nullable: false),
                    Overridden = table.Column<int>(type: "integer", nullable: false),
                    AutoOverridden = table.Column<int>(type: "integer", nullable: false),
                    Answered00 = table.Column<int>(type: "integer", nullable: false),
                    Answered01 = table.Column<int>(type: "integer", nullable: false),
                    Answered02 = table.Column<int>(type: "integer", nullable: false),
                    Answered03 = table.Column<int>(type: "integer", nullable: false),
                    Answered04 = table.Column<int>(type: "integer", nullable: false),
                    Answered05 = table.Column<int>(type: "integer", nullable: false),
                    Answered06 = table.Column<int>(type: "integer", nullable: false),
                    Answered07 = table.Column<int>(type: "integer", nullable: false),
                    Answered08 = table.Column<int>(type: "integer", nullable: false),
                    Answered09 = table.Column<int>(type: "integer", nullable: false),
                    Answered10 = table.Column<int>(type: "integer", nullable: false),
                    Answered11 = table.Column<int>(type: "integer", nullable: false),
                    Answered12 = table.Column<int>(type: "integer", nullable: false),
                    Answered13 = table.Column<int>(type: "integer", nullable: false),
                    Answered14 = table.Column<int>(type: "integer", nullable: false),
                    Answered15 = table.Column<int>(type: "integer", nullable: false),
                    Answered16 = table.Column<int>(type: "integer", nullable: false),
                    Answered17 = table.Column<int>(type: "integer", nullable: false),
                    Answered18 = table.Column<int>(type: "integer", nullable: false),
                    Closed00 = table.Column<int>(type: "integer", nullable: false),
                    Closed01 = table.Column<int>(type: "integer", nullable: false),
                    Closed02 = table.Column<int>(type: "integer", nullable: false),
                    Closed03 = table.Column<int>(type: "integer", nullable: false),
                    Closed04 = table.Column<int>(type: "integer", nullable: false),
                    Closed05 = table.Column<int>(type: "integer", nullable: false),
                    Closed06 = table.Column<int>(type: "integer", nullable: false),
                    Closed07 = table.Column<int>(type: "integer", nullable: false),
                    Closed08 = table.Column<int>(type: "integer", nullable: false),
                    Closed09 = table.Column<int>(type: "integer", nullable: false),
                    Closed10 = table.Column<int>(type: "integer", nullable: false),
                    Closed11 = table.Column<int>(type: "integer", nullable: false),
                    Closed12 = table.Column<int>(type: "integer", nullable: false),
                    Closed13 = table.Column<int>(type: "integer", nullable: false),
                    Closed14 = table.Column<int>(type: "integer", nullable: false),
                    Closed15 = table.Column<int>(type: "integer", nullable: false),
                    Closed16 = table.Column<int>(type: "integer", nullable: false),
                    Closed17 = table.Column<int>(type: "integer", nullable: false),
                    Closed18 = table.Column<int>(type: "integer", nullable: false)
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
