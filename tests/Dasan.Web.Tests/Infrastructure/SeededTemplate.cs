using System.Collections.Concurrent;
using Dasan.Web.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dasan.Web.Tests.Infrastructure;

/// <summary>
/// Issue 16: one seeded installation per provider and test run, copied for every test that needs its own server
/// (the data folder file by file; on PostgreSQL the database with <c>CREATE DATABASE … TEMPLATE</c>) instead of
/// migrating, seeding, indexing and training again each time. A test that changes what is seeded gets a fresh one.
/// </summary>
public sealed class SeededTemplate
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<SeededTemplate>>> Templates = new();
    private static readonly SemaphoreSlim CopyGate = new(1, 1);

    private SeededTemplate(string directory, string? database) => (Directory, Database) = (directory, database);

    public string Directory { get; }
    public string? Database { get; }

    public static Task<SeededTemplate> ForAsync(string provider, IReadOnlyList<string> baseArgs) =>
        Templates.GetOrAdd(provider, p => new Lazy<Task<SeededTemplate>>(() => CreateAsync(p, baseArgs))).Value;

    /// <summary>Names a provider's template database so a later run (or the suite's clean-up) can find and drop it.</summary>
    public const string DatabasePrefix = "dasan_tmpl_";

    private static async Task<SeededTemplate> CreateAsync(string provider, IReadOnlyList<string> baseArgs)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("dasan-template-").FullName;
        var args = new List<string>(baseArgs) { "--Dasan:Jobs:Enabled=false", "--urls=http://localhost" };
        string? database = null;
        if (provider == "postgres")
        {
            database = DatabasePrefix + Guid.NewGuid().ToString("N")[..12];
            Dasan.Testing.TestRunDatabases.Created(DasanHost.PostgresServer, database);
            args.Add("--Dasan:Database:Provider=postgres");
            args.Add($"--Dasan:Database:ConnectionString={DasanHost.ServerConnectionString(database)}");
        }

        var app = await DasanServer.BuildAsync([.. args], dir); // migrates and seeds; never started
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        return new SeededTemplate(dir, database);
    }

    /// <summary>Copies the seeded data folder into <paramref name="target"/> and, on PostgreSQL, the database into <paramref name="database"/>.</summary>
    public async Task CopyToAsync(string target, string? database)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            // Not the urgency models either: the process reads them once, from the first installation it opens.
            if (file.EndsWith(".lock", StringComparison.Ordinal) || Path.GetFileName(file).StartsWith("urgency-", StringComparison.Ordinal))
            {
                continue;
            }

            var to = Path.Combine(target, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to, overwrite: true);
        }

        if (Database is null || database is null)
        {
            return;
        }

        await CopyGate.WaitAsync(); // PostgreSQL copies a template for one CREATE DATABASE at a time
        try
        {
            await using var admin = new NpgsqlConnection(DasanHost.PostgresServer);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{Database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        finally
        {
            CopyGate.Release();
        }
    }
}
