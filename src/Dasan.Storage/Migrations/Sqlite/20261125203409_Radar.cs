using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Radar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "radar_decisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssueKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_radar_decisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "radar_feeds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    IntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LastModified = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastPolledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastErrorAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextPollAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNewItems = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_radar_feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "radar_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CollectedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Domain = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Departments = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Districts = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phrases = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    StoryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_radar_items", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_radar_decisions_IssueKey_At",
                table: "radar_decisions",
                columns: new[] { "IssueKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_radar_feeds_Name",
                table: "radar_feeds",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_radar_items_PublishedAt",
                table: "radar_items",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_radar_items_Source_ExternalId",
                table: "radar_items",
                columns: new[] { "Source", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "radar_decisions");

            migrationBuilder.DropTable(
                name: "radar_feeds");

            migrationBuilder.DropTable(
                name: "radar_items");
        }
    }
}
