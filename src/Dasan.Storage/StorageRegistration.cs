using Dasan.Core.Data;
using Dasan.Storage.Postgres;
using Dasan.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Storage;

/// <summary>Registers the configured provider's context as <see cref="DasanDbContext"/>.</summary>
public static class StorageRegistration
{
    public static IServiceCollection AddDasanStorage(this IServiceCollection services, DatabaseOptions options, string dataDirectory)
    {
        switch (options.Provider.ToLowerInvariant())
        {
            case "sqlite":
                var cs = options.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "dasan.db")};Cache=Shared;Pooling=True";
                services.AddDbContext<DasanDbContext, SqliteDasanDbContext>(o =>
                    ConfigureSqlite((DbContextOptionsBuilder<SqliteDasanDbContext>)o, cs, options.CommandTimeoutSeconds), optionsLifetime: OptionsLifetime);
                services.AddSingleton<Core.Jobs.IJobLock>(new FileJobLock(Path.Combine(dataDirectory, "locks")));
                break;
            case "postgres" or "postgresql":
                if (string.IsNullOrWhiteSpace(options.ConnectionString))
                {
                    throw new InvalidOperationException("Dasan:Database:ConnectionString is required when Dasan:Database:Provider is postgres.");
                }

                var contexts = ForContexts(options.ConnectionString);
                services.AddDbContext<DasanDbContext, PostgresDasanDbContext>(o =>
                    ConfigurePostgres((DbContextOptionsBuilder<PostgresDasanDbContext>)o, contexts, options.CommandTimeoutSeconds), optionsLifetime: OptionsLifetime);
                services.AddSingleton<Core.Jobs.IJobLock>(new PostgresJobLock(options.ConnectionString));
                break;
            default:
                throw new InvalidOperationException($"Dasan:Database:Provider '{options.Provider}' is not supported; use sqlite or postgres.");
        }

        return services;
    }

    /// <summary>
    /// The contexts' options depend on configuration only, so they are built once per process: built per request (EF's
    /// default, scoped) they took about a tenth of a node's CPU under intake load (perf, ADR 0328).
    /// </summary>
    private const ServiceLifetime OptionsLifetime = ServiceLifetime.Singleton;

    /// <summary>How many statements a context connection keeps prepared when the operator did not say.</summary>
    internal const int AutoPrepared = 100;

    /// <summary>
    /// The contexts' connection string: without Npgsql's reset on close unless the operator set it (ADR 0325). Every EF
    /// query opens and closes a pooled connection, and each reset made the server run seven statements (RESET ALL,
    /// DISCARD …) before the query. The contexts leave no session state behind — their locks and settings are
    /// transaction-scoped (pg_advisory_xact_lock, SET LOCAL) — and the job locks, which hold session advisory locks,
    /// keep the configured string and so their own pool with the reset.
    /// Statements the contexts repeat are prepared on each connection after five uses (Npgsql's automatic preparation,
    /// up to <see cref="AutoPrepared"/> a connection) unless the operator chose a number: PostgreSQL then skips parsing
    /// and planning the same INSERTs and queries on every intake (ADR 0326). Settings are recognised by their keys,
    /// never by text inside a value (a password may contain anything).
    /// </summary>
    internal static string ForContexts(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).ToList();
        if (!keys.Exists(k => k.Contains("reset", StringComparison.Ordinal)))
        {
            b.NoResetOnClose = true;
        }

        if (!keys.Contains("maxautoprepare"))
        {
            b.MaxAutoPrepare = AutoPrepared;
        }

        return b.ConnectionString;
    }

    internal static DbContextOptionsBuilder<T> ConfigureSqlite<T>(DbContextOptionsBuilder<T> b, string cs, int timeout)
        where T : DbContext =>
        b.UseSqlite(cs, x => x.MigrationsAssembly(typeof(StorageRegistration).Assembly.FullName).CommandTimeout(timeout));

    internal static DbContextOptionsBuilder<T> ConfigurePostgres<T>(DbContextOptionsBuilder<T> b, string cs, int timeout)
        where T : DbContext =>
        b.UseNpgsql(cs, x => x.MigrationsAssembly(typeof(StorageRegistration).Assembly.FullName).CommandTimeout(timeout));
}
