using Dasan.Core.Data;
using Dasan.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dasan.Core.Tests.Storage;

/// <summary>
/// A fresh, migrated database of one provider: SQLite always; PostgreSQL when a server answers at
/// DASAN_TEST_POSTGRES (default Host=127.0.0.1;Username=postgres;Password=dasan), each test its own database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _pgDatabase;
    private readonly string _dir;

    private TestDatabase(ServiceProvider services, string dir, string? pgDatabase)
    {
        _services = services;
        _dir = dir;
        _pgDatabase = pgDatabase;
    }

    public static IEnumerable<object[]> Providers => [["sqlite"], ["postgres"]];

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DASAN_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=dasan;Timeout=3";

    private static readonly Lazy<bool> Reachable = new(() =>
    {
        try
        {
            using var c = new NpgsqlConnection(PostgresServer);
            c.Open();
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    });

    public static bool PostgresReachable => Reachable.Value;

    /// <summary>Skips the calling test (with a message) when PostgreSQL is asked for but not running.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, Dasan.Core.Audit.AuditKey? auditKey = null)
    {
        Skip.If(provider == "postgres" && !PostgresReachable, "PostgreSQL is not reachable (set DASAN_TEST_POSTGRES); skipped.");
        var dir = Directory.CreateTempSubdirectory("dasan-test-").FullName;
        string? pgName = null;
        var options = new DatabaseOptions { Provider = provider };
        if (provider == "postgres")
        {
            pgName = "dasan_test_" + Guid.NewGuid().ToString("N")[..12];
            Dasan.Testing.TestRunDatabases.Created(PostgresServer, pgName);
            options.ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = pgName }.ConnectionString;
        }

        var collection = new ServiceCollection().AddDasanStorage(options, dir);
        if (auditKey is not null)
        {
            collection.AddSingleton(auditKey);
        }

        var services = collection.BuildServiceProvider();
        var db = new TestDatabase(services, dir, pgName);
        await using var ctx = db.NewContext();
        await ctx.Database.MigrateAsync();
        return db;
    }

    public DasanDbContext NewContext() => _services.CreateScope().ServiceProvider.GetRequiredService<DasanDbContext>();

    public async ValueTask DisposeAsync()
    {
        if (_pgDatabase is not null)
        {
            await using var ctx = NewContext();
            await ctx.Database.EnsureDeletedAsync();
            Dasan.Testing.TestRunDatabases.Dropped(_pgDatabase);
        }

        await _services.DisposeAsync();
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on some systems; the temp folder is cleaned by the OS.
        }
    }
}
