using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dasan.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IntakeJournalLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Leases",
                table: "intake_journal",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Leases",
                table: "intake_journal");
        }
    }
}
