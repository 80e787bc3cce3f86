using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rackwave.Security.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AdminConsoleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastIpKey",
                table: "Sessions",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_Client",
                table: "Sessions",
                columns: new[] { "ClientFamily", "ClientVersion", "Id" },
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_Country",
                table: "Sessions",
                column: "CountryCode",
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_DeviceType",
                table: "Sessions",
                column: "DeviceType",
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_IpKey",
                table: "Sessions",
                columns: new[] { "LastIpKey", "Id" },
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_Location",
                table: "Sessions",
                columns: new[] { "Country", "City", "Id" },
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_Started",
                table: "Sessions",
                columns: new[] { "StartedAt", "Id" },
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Active_User",
                table: "Sessions",
                column: "UserId",
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Audit_Kind_Time",
                table: "AuditEntries",
                columns: new[] { "Kind", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_Client",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_Country",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_DeviceType",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_IpKey",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_Location",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_Started",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Sessions_Active_User",
                table: "Sessions");

            migrationBuilder.DropIndex(
                name: "IX_Audit_Kind_Time",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "LastIpKey",
                table: "Sessions");
        }
    }
}
