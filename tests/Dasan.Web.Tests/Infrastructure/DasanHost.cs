using System.Collections.Concurrent;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Dasan.Web.Tests.Infrastructure;

/// <summary>A real Dasan server on a fresh data directory: in-process test server, or Kestrel on a loopback port.</summary>
public sealed class DasanHost : IAsyncDisposable
{
    public const string AdminPassword = "admin-pass-for-tests";
    private static readonly ConcurrentDictionary<string, Lazy<Task<DasanHost>>> Shared = new();

    private DasanHost(WebApplication app, string dataDir, HttpClient client, string baseUrl)
    {
        App = app;
        DataDirectory = dataDir;
        Client = client;
        BaseUrl = baseUrl;
    }

    public WebApplication App { get; }
    public string DataDirectory { get; }
    public HttpClient Client { get; }
    public string BaseUrl { get; }
    public IServiceProvider Services => App.Services;

    private string? ownDatabase;

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("DASAN_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=dasan;Timeout=3";

    /// <summary>
    /// A test server's connection string: its pool sized as an operator sizes each node's (README, several nodes) so the
    /// servers a run keeps alive at once stay well inside PostgreSQL's 100 connections, and a wait for a pooled connection
    /// allowed longer than the 3 s the reachability probe gives up after (a busy two-core machine).
    /// </summary>
    public static string ServerConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, MaxPoolSize = 20, Timeout = 15 }.ConnectionString;

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

    public static IEnumerable<object[]> Providers => [["sqlite"], ["postgres"]];

    /// <summary>One seeded server per provider, shared by the tests of this run.</summary>
    public static Task<DasanHost> SharedAsync(string provider)
    {
        Skip.If(provider == "postgres" && !Reachable.Value, "PostgreSQL is not reachable (set DASAN_TEST_POSTGRES); skipped.");
        return Shared.GetOrAdd(provider, p => new Lazy<Task<DasanHost>>(() => StartForTheRunAsync(p))).Value;
    }

    /// <summary>A server that lives as long as the test run: stopped once every test has run, before the clean-up.</summary>
    public static async Task<DasanHost> StartForTheRunAsync(string provider, IEnumerable<string>? extraArgs = null)
    {
        var host = await StartAsync(provider, extraArgs);
        Dasan.Testing.TestRunScope.StopAtEnd(host);
        return host;
    }

    public static async Task<DasanHost> StartAsync(string provider, IEnumerable<string>? extraArgs = null, bool kestrel = false)
    {
        var dir = Directory.CreateTempSubdirectory("dasan-web-").FullName;
        var extra = (extraArgs ?? []).ToList();
        var args = new List<string>
        {
            $"--Dasan:Seed:AdminPassword={AdminPassword}", "--Dasan:Web:JsonLogs=false", "--Dasan:Web:PublicPermitsPerMinute=10000",
            "--Logging:LogLevel:Default=Warning",
        };
        string? ownDatabase = null;
        var joinsDatabase = extra.Any(a => a.StartsWith("--Dasan:Database:ConnectionString=", StringComparison.Ordinal));
        if (provider == "postgres" && !joinsDatabase)
        {
            ownDatabase = "dasan_web_" + Guid.NewGuid().ToString("N")[..12];
            Dasan.Testing.TestRunDatabases.Created(PostgresServer, ownDatabase);
            args.Add("--Dasan:Database:Provider=postgres");
            args.Add($"--Dasan:Database:ConnectionString={ServerConnectionString(ownDatabase)}");
        }
        else if (provider == "postgres")
        {
            args.Add("--Dasan:Database:Provider=postgres");
        }

        // A copy of the run's seeded installation, unless the test changes what is seeded or joins another node's database.
        if (!joinsDatabase && !extra.Any(a => a.StartsWith("--Dasan:Seed:", StringComparison.Ordinal)))
        {
            var template = await SeededTemplate.ForAsync(provider, args.Where(a => !a.StartsWith("--Dasan:Database:", StringComparison.Ordinal)).ToList());
            await template.CopyToAsync(dir, ownDatabase);
        }

        args.AddRange(extra);
        args.Add(kestrel ? "--urls=http://127.0.0.1:0" : "--urls=http://localhost");
        var app = await DasanServer.BuildAsync([.. args], dir, b =>
        {
            if (!kestrel)
            {
                b.WebHost.UseTestServer();
            }
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync(); // a half-started server would keep its jobs running after the run's clean-up
            throw;
        }

        if (kestrel)
        {
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new DasanHost(app, dir, new HttpClient { BaseAddress = new Uri(url) }, url) { ownDatabase = ownDatabase };
        }

        var client = app.GetTestClient();
        return new DasanHost(app, dir, client, client.BaseAddress!.ToString().TrimEnd('/')) { ownDatabase = ownDatabase };
    }

    public async Task<long> DepartmentIdAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasanDbContext>().Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync();
    }

    /// <summary>Creates an API key straight in the database and returns the secret.</summary>
    public async Task<string> CreateApiKeyAsync(StaffRole role, string? department = null, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var secret = "test_" + SecretHasher.NewSecret();
        db.ApiKeys.Add(new ApiKey
        {
            Name = name ?? $"{role}-{department}-{secret[..10]}", Prefix = secret[..8], KeyHash = SecretHasher.Hash(secret), Role = role,
            DepartmentId = department is null ? null : await DepartmentIdAsync(department), CreatedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return secret;
    }

    public HttpClient ClientWithKey(string key)
    {
        var client = App.GetTestClientOrNew(BaseUrl);
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        // Leave nothing behind (issue 16): the data folder and the database this host created.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (ownDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{ownDatabase}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            Dasan.Testing.TestRunDatabases.Dropped(ownDatabase);
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown; the suite's temporary folder is removed at the end anyway.
        }
    }
}
