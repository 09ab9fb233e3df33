using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RateWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rate_windows",
                columns: table => new
                {
                    Partition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WindowStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rate_windows", x => new { x.Partition, x.WindowStart });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rate_windows");
        }
    }
}
