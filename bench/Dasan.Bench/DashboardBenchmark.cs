using System.Diagnostics;
using Dasan.Core.Dashboards;
using Dasan.Core.Departments;
using Dasan.Storage.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Dasan.Bench;

/// <summary>
/// <c>dashboard [--rows N] [--runs N] [--reuse [--rebuild]] [--connection CS] [--database NAME]</c>: one million generated
/// requests in a fresh PostgreSQL database (migrated like production), the dashboard roll-up built from them (timed),
/// then p50/p95 of every dashboard query in several filter scenarios.
/// </summary>
public static class DashboardBenchmark
{
    private const string DefaultDatabase = "dasan_bench_dashboard";

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var rows = int.Parse(Option(args, "--rows") ?? "1000000", System.Globalization.CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "20", System.Globalization.CultureInfo.InvariantCulture);
        var server = Option(args, "--connection") ?? Environment.GetEnvironmentVariable("DASAN_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=dasan;Timeout=5";
        var database = Option(args, "--database") ?? DefaultDatabase;
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600 }.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgresDasanDbContext>()
            .UseNpgsql(cs, x => x.MigrationsAssembly(typeof(PostgresDasanDbContext).Assembly.FullName).CommandTimeout(600)).Options;
        var now = DateTime.SpecifyKind(new DateTime(2026, 11, 25, 9, 0, 0), DateTimeKind.Utc);
        if (!args.Contains("--reuse"))
        {
            await RecreateAsync(server, database);
            await using var db = new PostgresDasanDbContext(options);
            var watch = Stopwatch.StartNew();
            await db.Database.MigrateAsync();
            foreach (var u in CatalogReader.Shipped().Units)
            {
                db.Departments.Add(new Department { Code = u.Code, Name = u.Name, NameEn = u.NameEn, Bureau = u.Bureau, Domain = u.Domain });
            }

            await db.SaveChangesAsync();
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
            var districts = DistrictBoundaries.Shipped.Shapes.Select(s => s.Name).ToArray();
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            await DashboardDataGenerator.GenerateAsync(connection, departments, districts, rows, now);
            await new NpgsqlCommand("VACUUM ANALYZE", connection).ExecuteNonQueryAsync();
            // The usual setting for SSD storage; at the default (4) the triage join is planned as a full hash join (ADR 0310).
            await new NpgsqlCommand($"ALTER DATABASE {database} SET random_page_cost = 1.1", connection).ExecuteNonQueryAsync();
            Console.WriteLine($"generated {rows:N0} requests and their triage suggestions in {watch.Elapsed.TotalSeconds:F1} s ({rows / watch.Elapsed.TotalSeconds:N0} rows/s)");
        }

        if (!args.Contains("--reuse") || args.Contains("--rebuild"))
        {
            // COPY bypasses EF Core, so no day was marked dirty: build the roll-up explicitly, as after any bulk load (ADR 0313).
            Console.WriteLine($"load average before the roll-up build: {File.ReadAllText("/proc/loadavg").Trim()}");
            await using var db = new PostgresDasanDbContext(options);
            await db.Database.MigrateAsync(); // a reused database may predate the roll-up's migration
            var watch = Stopwatch.StartNew();
            await DashboardBenchmarkQueries.Rollup(db).RebuildAsync(new ConsoleProgress(), default);
            Console.WriteLine($"roll-up built in {watch.Elapsed.TotalSeconds:F1} s ({await db.DashboardRollups.CountAsync():N0} rows)");
        }

        await RefreshOneDayAsync(options, now);

        Console.WriteLine($"load average before measuring: {File.ReadAllText("/proc/loadavg").Trim()} ({Environment.ProcessorCount} cores)");
        Console.WriteLine($"{"scenario",-16} {"query",-20} {"rows",6} {"p50 ms",8} {"p95 ms",8}");
        foreach (var (scenario, filter) in await ScenariosAsync(options, now))
        {
            foreach (var (name, query) in DashboardBenchmarkQueries.All(now))
            {
                var (p50, p95, count) = await MeasureAsync(options, filter, query, runs);
                Console.WriteLine($"{scenario,-16} {name,-20} {count,6} {p50,8:F1} {p95,8:F1}");
            }
        }

        return 0;
    }

    private static async Task<List<(string, DashboardFilter)>> ScenariosAsync(DbContextOptions<PostgresDasanDbContext> options, DateTime now)
    {
        await using var db = new PostgresDasanDbContext(options);
        var busiest = await db.Requests.GroupBy(r => r.DepartmentId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        DashboardFilter Days(int n) => DashboardFilterParser.Parse(null, null, null, null, null, now) with { From = now.Date.AddDays(1 - n).AddHours(-9) };
        return
        [
            ("city 30 days", Days(30)), ("city 365 days", Days(365)), ("city 730 days", Days(730)),
            ("마포구 90 days", Days(90) with { District = "마포구" }), ("transport 90d", Days(90) with { Domain = "transport" }),
            ("staff dept 30d", Days(30).ForDepartment(busiest!.Value)),
        ];
    }

    private static async Task<(double P50, double P95, int Rows)> MeasureAsync(
        DbContextOptions<PostgresDasanDbContext> options, DashboardFilter filter, Func<PostgresDasanDbContext, DashboardFilter, Task<int>> query, int runs)
    {
        var times = new List<double>();
        var count = 0;
        for (var i = 0; i < runs + 2; i++)
        {
            await using var db = new PostgresDasanDbContext(options);
            var watch = Stopwatch.StartNew();
            count = await query(db, filter);
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return (times[(int)Math.Round(0.5 * (times.Count - 1))], times[(int)Math.Ceiling(0.95 * (times.Count - 1))], count);
    }

    /// <summary>
    /// What a dashboard read pays after a change: recounting today from the requests (its month is left stale); and
    /// what the background refresh then does: recount today and its month.
    /// </summary>
    private static async Task RefreshOneDayAsync(DbContextOptions<PostgresDasanDbContext> options, DateTime now)
    {
        var (days, months) = (new List<double>(), new List<double>());
        for (var i = 0; i < 5; i++)
        {
            await using var db = new PostgresDasanDbContext(options);
            var rollup = DashboardBenchmarkQueries.Rollup(db);
            await rollup.MarkDirtyAsync([DateOnly.FromDateTime(now.AddHours(DashboardFilter.SeoulOffsetHours))], default);
            var watch = Stopwatch.StartNew();
            await rollup.RefreshAsync(default);
            days.Add(watch.Elapsed.TotalMilliseconds);
            await rollup.MarkDirtyAsync([DateOnly.FromDateTime(now.AddHours(DashboardFilter.SeoulOffsetHours))], default);
            watch.Restart();
            await rollup.RefreshAllAsync(null, default);
            months.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"refresh after a change today, median of 5: {days.Order().ElementAt(2):F0} ms by a dashboard query (the day), " +
            $"{months.Order().ElementAt(2):F0} ms in the background (the day and its month)");
    }

    private static async Task RecreateAsync(string server, string database)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
        await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
