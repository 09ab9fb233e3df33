using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Curriculum : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "training_roster",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    JobRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OperatesTier = table.Column<int>(type: "INTEGER", nullable: true),
                    StaffUserId = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_roster", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_roster_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_training_roster_staff_users_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "staff_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "training_completions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ModuleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_completions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_completions_training_roster_RosterMemberId",
                        column: x => x.RosterMemberId,
                        principalTable: "training_roster",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_enrolments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnrolledBy = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_enrolments_training_roster_RosterMemberId",
                        column: x => x.RosterMemberId,
                        principalTable: "training_roster",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_lesson_readings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ModuleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_lesson_readings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_lesson_readings_training_roster_RosterMemberId",
                        column: x => x.RosterMemberId,
                        principalTable: "training_roster",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_quiz_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RosterMemberId = table.Column<long>(type: "INTEGER", nullable: false),
                    ModuleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CurriculumVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_quiz_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_quiz_attempts_training_roster_RosterMemberId",
                        column: x => x.RosterMemberId,
                        principalTable: "training_roster",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_training_completions_ModuleCode_ExpiresAt",
                table: "training_completions",
                columns: new[] { "ModuleCode", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_training_completions_RosterMemberId_ModuleCode_CompletedAt",
                table: "training_completions",
                columns: new[] { "RosterMemberId", "ModuleCode", "CompletedAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_enrolments_RosterMemberId_Level",
                table: "training_enrolments",
                columns: new[] { "RosterMemberId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_lesson_readings_RosterMemberId_ModuleCode",
                table: "training_lesson_readings",
                columns: new[] { "RosterMemberId", "ModuleCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_quiz_attempts_RosterMemberId_ModuleCode",
                table: "training_quiz_attempts",
                columns: new[] { "RosterMemberId", "ModuleCode" });

            migrationBuilder.CreateIndex(
                name: "IX_training_roster_DepartmentId_Active",
                table: "training_roster",
                columns: new[] { "DepartmentId", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_training_roster_EmployeeNo",
                table: "training_roster",
                column: "EmployeeNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_roster_StaffUserId",
                table: "training_roster",
                column: "StaffUserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "training_completions");

            migrationBuilder.DropTable(
                name: "training_enrolments");

            migrationBuilder.DropTable(
                name: "training_lesson_readings");

            migrationBuilder.DropTable(
                name: "training_quiz_attempts");

            migrationBuilder.DropTable(
                name: "training_roster");
        }
    }
}
