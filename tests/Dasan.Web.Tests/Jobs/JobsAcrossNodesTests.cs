using Dasan.Core.Data;
using Dasan.Core.Jobs;
using Dasan.Storage;
using Dasan.Storage.Postgres;
using Dasan.Storage.Sqlite;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Web.Tests.Jobs;

/// <summary>
/// Issue 16: background work runs exactly once across nodes sharing one PostgreSQL, and a job whose node died
/// mid-run is run again by another node. Each "node" here has its own lock connection and node name.
/// </summary>
public sealed class JobsAcrossNodesTests
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static DasanHost? shared;

    /// <summary>One seeded PostgreSQL installation for the class (each test uses its own job names); jobs are not scheduled in it.</summary>
    private static async Task<(DasanHost Host, string ConnectionString)> StartAsync()
    {
        await Gate.WaitAsync();
        try
        {
            shared ??= await DasanHost.StartForTheRunAsync("postgres", ["--Dasan:Jobs:Enabled=false"]);
        }
        finally
        {
            Gate.Release();
        }

        return (shared, shared.Services.GetRequiredService<DatabaseOptions>().ConnectionString!);
    }

    private static JobRunner Node(DasanHost host, string cs, string name) =>
        new(host.Services.GetRequiredService<IServiceScopeFactory>(), new PostgresJobLock(cs), new JobNode(name), TimeProvider.System, NullLogger<JobRunner>.Instance);

    [SkippableFact]
    public async Task RunIfDue_WhenTenCallsRaceOnThreeNodes_RunsTheJobOnce()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        var (host, cs) = await StartAsync();
        var runs = 0;
        var job = new JobDefinition("test-once", "시험 작업", TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), async (_, ct) =>
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(300, ct);
        });
        var nodes = new[] { Node(host, cs, "node-a"), Node(host, cs, "node-b"), Node(host, cs, "node-c") };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => nodes[i % 3].RunIfDueAsync(job, force: false, CancellationToken.None))));
        var again = new List<JobRunOutcome>();
        foreach (var n in nodes)
        {
            again.Add(await n.RunIfDueAsync(job, force: false, CancellationToken.None));
        }

        Assert.Equal(1, runs);
        Assert.Single(outcomes, o => o == JobRunOutcome.Succeeded);
        Assert.All(again, o => Assert.Equal(JobRunOutcome.NotDue, o));
        var row = await RowAsync(host, "test-once");
        Assert.Equal((JobStates.Idle, 1L, 0), (row.State, row.Attempts, row.Failures));
        Assert.True(row.NextDueAt > TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(50));
    }

    [SkippableFact]
    public async Task RequestRun_WhenAdminsOnSeveralNodesAskForANeverRunJobAtOnce_AllSucceedOnOneRow()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        var (host, _) = await StartAsync();
        var name = "test-first-" + Guid.NewGuid().ToString("N")[..8];
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            await JobRunner.RequestAsync(db, scope.ServiceProvider.GetRequiredService<Dasan.Core.Audit.AuditTrail>(), Dasan.Core.Access.Actor.System, name, TimeProvider.System, CancellationToken.None);
        })));
        var row = await RowAsync(host, name);
        Assert.True(row.RunRequested);
        await using var check = host.Services.CreateAsyncScope();
        var audit = await check.ServiceProvider.GetRequiredService<DasanDbContext>().AuditEvents.CountAsync(a => a.Action == "job.run_requested" && a.EntityId == name);
        Assert.Equal(6, audit);
    }

    [SkippableFact]
    public async Task RunIfDue_WhenTheNodeRunningItDied_AnotherNodeRunsItAgainAndCountsTheAbandonedRun()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        var (host, cs) = await StartAsync();
        var started = new TaskCompletionSource();
        var never = new TaskCompletionSource();
        var dying = new JobDefinition("test-dies", "시험 작업", TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), async (_, ct) =>
        {
            started.SetResult();
            await never.Task.WaitAsync(ct);
        });

        // Node A starts the job; its database connection then dies (as when the process is killed), which frees its lock.
        using var kill = new CancellationTokenSource();
        var a = Node(host, cs, "node-a");
        var running = a.RunIfDueAsync(dying, force: false, kill.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var b = Node(host, cs, "node-b");
        Assert.Equal(JobRunOutcome.Busy, await b.RunIfDueAsync(dying, force: false, CancellationToken.None));
        await KillLockConnectionsAsync(cs);
        Assert.Equal(JobStates.Running, (await RowAsync(host, "test-dies")).State);

        var recovered = new JobDefinition("test-dies", "시험 작업", TimeSpan.FromHours(1), TimeSpan.FromMinutes(1), (_, _) => Task.CompletedTask);
        Assert.Equal(JobRunOutcome.Succeeded, await WaitForLockAsync(() => b.RunIfDueAsync(recovered, force: false, CancellationToken.None)));

        var row = await RowAsync(host, "test-dies");
        Assert.Equal((JobStates.Idle, "node-b", 2L, 1), (row.State, row.Node, row.Attempts, row.Abandoned));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DasanDbContext>().AuditEvents.AnyAsync(e => e.Action == "job.recovered" && e.EntityId == "test-dies"));
        kill.Cancel();
        await Assert.ThrowsAnyAsync<Exception>(() => running);
    }

    [SkippableFact]
    public async Task RunIfDue_WhenTheWorkThrows_RecordsTheErrorAndRetriesSooner()
    {
        Skip.IfNot(DasanHost.PostgresReachable, "PostgreSQL is not reachable; skipped.");
        var (host, cs) = await StartAsync();
        var job = new JobDefinition("test-fails", "시험 작업", TimeSpan.FromHours(1), TimeSpan.FromMinutes(2),
            (_, _) => throw new InvalidOperationException("피드 서버가 응답하지 않습니다"));

        Assert.Equal(JobRunOutcome.Failed, await Node(host, cs, "node-a").RunIfDueAsync(job, force: false, CancellationToken.None));

        var row = await RowAsync(host, "test-fails");
        Assert.Equal((JobStates.Failed, 1), (row.State, row.Failures));
        Assert.Contains("피드 서버가 응답하지 않습니다", row.LastError, StringComparison.Ordinal);
        Assert.InRange(row.NextDueAt, TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(1), TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(3));
    }

    [Fact]
    public async Task FileJobLock_WhenHeld_RefusesASecondHolderUntilReleased()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-locks-").FullName;
        try
        {
            var first = await new FileJobLock(dir).TryAcquireAsync("briefings", CancellationToken.None);
            Assert.NotNull(first);
            Assert.Null(await new FileJobLock(dir).TryAcquireAsync("briefings", CancellationToken.None));
            await using (var other = await new FileJobLock(dir).TryAcquireAsync("radar-collect", CancellationToken.None))
            {
                Assert.NotNull(other);
            }

            await first.DisposeAsync();
            await using var again = await new FileJobLock(dir).TryAcquireAsync("briefings", CancellationToken.None);
            Assert.NotNull(again);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task<JobRecord> RowAsync(DasanHost host, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasanDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Name == name);
    }

    /// <summary>Ends the backends holding advisory locks in this database, as PostgreSQL does when their node dies.</summary>
    private static async Task KillLockConnectionsAsync(string cs)
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(cs).Database;
        await using var admin = new Npgsql.NpgsqlConnection(DasanHost.PostgresServer);
        await admin.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand(
            "select pg_terminate_backend(l.pid) from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and a.datname = @db", admin);
        cmd.Parameters.AddWithValue("db", database!);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<JobRunOutcome> WaitForLockAsync(Func<Task<JobRunOutcome>> attempt)
    {
        for (var i = 0; ; i++)
        {
            var outcome = await attempt();
            if (outcome != JobRunOutcome.Busy || i == 300)
            {
                return outcome;
            }

            await Task.Delay(100);
        }
    }
}
