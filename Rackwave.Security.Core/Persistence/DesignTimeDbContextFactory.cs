using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Rackwave.Security.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the web app:
/// <c>dotnet ef migrations add Name --project Rackwave.Security.Core --output-dir Persistence/Migrations</c>.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SecurityDbContext>
{
    public SecurityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SecurityDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
