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
                name: "dashboard_dirty_periods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Grain = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dashboard_dirty_periods", x => x.Id);
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
                    Answered00 = table.Column<int>(type: "integer", nullable: true),
                    Answered01 = table.Column<int>(type: "integer", nullable: true),
                    Answered02 = table.Column<int>(type: "integer", nullable: true),
                    Answered03 = table.Column<int>(type: "integer", nullable: true),
                    Answered04 = table.Column<int>(type: "integer", nullable: true),
                    Answered05 = table.Column<int>(type: "integer", nullable: true),
                    Answered06 = table.Column<int>(type: "integer", nullable: true),
                    Answered07 = table.Column<int>(type: "integer", nullable: true),
                    Answered08 = table.Column<int>(type: "integer", nullable: true),
                    Answered09 = table.Column<int>(type: "integer", nullable: true),
                    Answered10 = table.Column<int>(type: "integer", nullable: true),
                    Answered11 = table.Column<int>(type: "integer", nullable: true),
                    Answered12 = table.Column<int>(type: "integer", nullable: true),
                    Answered13 = table.Column<int>(type: "integer", nullable: true),
                    Answered14 = table.Column<int>(type: "integer", nullable: true),
                    Answered15 = table.Column<int>(type: "integer", nullable: true),
                    Answered16 = table.Column<int>(type: "integer", nullable: true),
                    Answered17 = table.Column<int>(type: "integer", nullable: true),
                    Answered18 = table.Column<int>(type: "integer", nullable: true),
                    Closed00 = table.Column<int>(type: "integer", nullable: true),
                    Closed01 = table.Column<int>(type: "integer", nullable: true),
                    Closed02 = table.Column<int>(type: "integer", nullable: true),
                    Closed03 = table.Column<int>(type: "integer", nullable: true),
                    Closed04 = table.Column<int>(type: "integer", nullable: true),
                    Closed05 = table.Column<int>(type: "integer", nullable: true),
                    Closed06 = table.Column<int>(type: "integer", nullable: true),
                    Closed07 = table.Column<int>(type: "integer", nullable: true),
                    Closed08 = table.Column<int>(type: "integer", nullable: true),
                    Closed09 = table.Column<int>(type: "integer", nullable: true),
                    Closed10 = table.Column<int>(type: "integer", nullable: true),
                    Closed11 = table.Column<int>(type: "integer", nullable: true),
                    Closed12 = table.Column<int>(type: "integer", nullable: true),
                    Closed13 = table.Column<int>(type: "integer", nullable: true),
                    Closed14 = table.Column<int>(type: "integer", nullable: true),
                    Closed15 = table.Column<int>(type: "integer", nullable: true),
                    Closed16 = table.Column<int>(type: "integer", nullable: true),
                    Closed17 = table.Column<int>(type: "integer", nullable: true),
                    Closed18 = table.Column<int>(type: "integer", nullable: true)
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
