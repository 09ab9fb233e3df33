using Dasan.Storage.Postgres;
using Dasan.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dasan.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a running app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDasanDbContext>
{
    public SqliteDasanDbContext CreateDbContext(string[] args) =>
        new(StorageRegistration.ConfigureSqlite(new DbContextOptionsBuilder<SqliteDasanDbContext>(), "Data Source=design.db", 30).Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDasanDbContext>
{
    public PostgresDasanDbContext CreateDbContext(string[] args) =>
        new(StorageRegistration.ConfigurePostgres(new DbContextOptionsBuilder<PostgresDasanDbContext>(), "Host=localhost;Database=dasan", 30).Options);
}
