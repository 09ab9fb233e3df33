using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Npgsql;

namespace Dasan.Bench.Cluster;

/// <summary>
/// <c>bench cluster [--seconds 20] [--users 50] [--warmup 15] [--tls] [--intake-async] [--triage-worker] [--mixed-only] [--node-env NAME=VALUE]</c> (issue 16): one PostgreSQL, one node then three nodes behind a
/// TCP round-robin proxy, the same mixed load on each for a bounded time (each starting from the same seeded data), the bare INSERT rate as the physical
/// limit of intake, and a node killed in the middle of the three-node run; then acknowledged intake (ADR 0328) on an
/// intake node driven by wrk and on a node that triages too; then checks that every acknowledged request is stored (as
/// a request, or durably in the journal when the bench stops watching the drain) and that the morning briefing was
/// e-mailed once.
/// </summary>
public static class ClusterBenchmark
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 20);
        var users = Option(args, "--users", 50);
        var warmup = Option(args, "--warmup", 15);
        var mixed = args.Contains("--intake-async") ? LoadMix.MixedAsync : LoadMix.Mixed;
        // --triage-worker: the web nodes leave the journal to one more node, not behind the proxy, run under nice -n 10.
        var triageWorker = args.Contains("--triage-worker");
        if (triageWorker)
        {
            mixed = LoadMix.MixedAsync;
        }

        var mixedOnly = args.Contains("--mixed-only"); // the mixed phases and the INSERT rate alone: quicker, when intake-only figures are not the question
        if (!File.Exists(NodeProcess.DasanDll))
        {
            Console.Error.WriteLine($"build the server first: dotnet build -c Release src/Dasan.Cli ({NodeProcess.DasanDll} is missing)");
            return 2;
        }

        var server = Environment.GetEnvironmentVariable("DASAN_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=dasan;Timeout=5";
        var database = "dasan_bench_" + Guid.NewGuid().ToString("N")[..10];
        // The three nodes start from the data the single node started from, in a copy taken after seeding: measured on the
        // single node's database they would also pay for the thousands of requests its phases added (dashboards recount today,
        // near-duplicates grow), which is not what a second and third node cost.
        var (seeded, threeDatabase) = (database + "_seed", database + "_three");
        // Nodes and PostgreSQL share this machine: TLS over loopback only burns the CPU they compete for (ADR 0322).
        // Across hosts keep TLS on (SSL Mode=VerifyFull); --tls measures with Npgsql's default (Prefer).
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database, MaxPoolSize = 200 };
        if (!args.Contains("--tls") && builder.Host is "127.0.0.1" or "localhost" or "::1")
        {
            builder.SslMode = SslMode.Disable;
        }

        var cs = builder.ConnectionString;
        Console.Error.WriteLine($"PostgreSQL connections: SSL Mode={builder.SslMode}");
        var work = Directory.CreateTempSubdirectory("dasan-cluster-").FullName;
        await using var smtp = new SmtpSink();
        var env = new Dictionary<string, string>
        {
            ["Dasan__Database__Provider"] = "postgres", ["Dasan__Database__ConnectionString"] = cs,
            ["Dasan__Audit__Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Dasan__StatusLinkKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Dasan__Seed__AdminPassword"] = "bench-admin-pass", ["Dasan__Web__ApiPermitsPerMinute"] = "100000000",
            ["Dasan__Web__PublicPermitsPerMinute"] = "100000000", ["Dasan__Jobs__TickSeconds"] = "1", ["Logging__LogLevel__Default"] = "Warning",
        };
        // --node-env NAME=VALUE (repeatable): a setting for every node, e.g. a runtime knob (DOTNET_GCHeapCount=1) to compare.
        foreach (var setting in args.Where((_, i) => i > 0 && args[i - 1] == "--node-env"))
        {
            env[setting.Split('=', 2)[0]] = setting.Split('=', 2) is [_, var value] ? value : string.Empty;
        }

        var nodes = new List<NodeProcess>();
        var workers = new List<NodeProcess>();
        var web = triageWorker ? new Dictionary<string, string>(env) { ["Dasan__Intake__JournalWorker"] = "false" } : env;
        try
        {
            Console.Error.WriteLine($"seeding {database} and creating API keys …");
            var intakeKey = await CliAsync(env, work, "apikey", "create", "--name", "bench-intake", "--role", "Integration");
            var staffKey = await CliAsync(env, work, "apikey", "create", "--name", "bench-staff", "--role", "Admin");
            await CopyDatabaseAsync(server, database, seeded);

            Console.Error.WriteLine($"1 node, {users} users, {seconds} s …");
            nodes.Add(await NodeProcess.StartAsync("node-1", web, Path.Combine(work, "n1")));
            if (triageWorker)
            {
                workers.Add(await NodeProcess.StartAsync("worker-1", env, Path.Combine(work, "w1"), nice: 10));
            }

            await WarmUpAsync(nodes, intakeKey, staffKey);
            LoadResult one;
            LoadResult? intakeOnly = null, intakeAsync = null, staticFile = null;
            LoadGenerator oneLoad;
            LoadGenerator? intakeLoad = null, asyncLoad = null;
            Drain? drained = null;
            await using (var single = new TcpRoundRobinProxy([nodes[0].Port])) // the same path as the three nodes': through the proxy
            {
                await SteadyAsync($"http://127.0.0.1:{single.Port}", intakeKey, staffKey, users, warmup, mixed);
                oneLoad = new LoadGenerator($"http://127.0.0.1:{single.Port}", intakeKey, staffKey, mixed);
                one = await oneLoad.RunAsync(users, TimeSpan.FromSeconds(seconds));
                if (!mixedOnly)
                {
                    Console.Error.WriteLine($"1 node, intake only, {users} users, {seconds} s …");
                    intakeLoad = new LoadGenerator($"http://127.0.0.1:{single.Port}", intakeKey, staffKey, LoadMix.IntakeOnly);
                    intakeOnly = await intakeLoad.RunAsync(users, TimeSpan.FromSeconds(seconds));
                    Console.Error.WriteLine($"1 node, a static file, {users} users, {Math.Max(5, seconds / 2)} s …");
                    staticFile = await new LoadGenerator($"http://127.0.0.1:{single.Port}", intakeKey, staffKey, LoadMix.StaticFile)
                        .RunAsync(users, TimeSpan.FromSeconds(Math.Max(5, seconds / 2)));
                }
            }

            nodes[0].Dispose();
            nodes.Clear();
            workers.ForEach(w => w.Dispose());
            workers.Clear();

            // The three nodes start together with the briefing due at once: they race for it.
            await CopyDatabaseAsync(server, seeded, threeDatabase);
            var threeCs = new NpgsqlConnectionStringBuilder(cs) { Database = threeDatabase }.ConnectionString;
            var mail = new Dictionary<string, string>(env)
            {
                ["Dasan__Database__ConnectionString"] = threeCs,
                ["Dasan__Radar__Mail__Host"] = "127.0.0.1", ["Dasan__Radar__Mail__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Dasan__Radar__Mail__StartTls"] = "false", ["Dasan__Radar__Mail__To__0"] = "mayor-office@seoul.test", ["Dasan__Radar__Mail__SendAt"] = "00:00",
            };
            Console.Error.WriteLine($"3 nodes behind a proxy, {users} users, {seconds} s, node-2 killed at {seconds / 2} s …");
            var mailWeb = triageWorker ? new Dictionary<string, string>(mail) { ["Dasan__Intake__JournalWorker"] = "false" } : mail;
            nodes.AddRange(await Task.WhenAll(Enumerable.Range(1, 3).Select(i => NodeProcess.StartAsync($"node-{i}", mailWeb, Path.Combine(work, $"m{i}")))));
            if (triageWorker)
            {
                workers.Add(await NodeProcess.StartAsync("worker-2", mail, Path.Combine(work, "w2"), nice: 10));
            }

            await WarmUpAsync(nodes, intakeKey, staffKey);
            await using var proxy = new TcpRoundRobinProxy(nodes.Select(n => n.Port).ToList());
            await SteadyAsync($"http://127.0.0.1:{proxy.Port}", intakeKey, staffKey, users, warmup, mixed);
            var threeLoad = new LoadGenerator($"http://127.0.0.1:{proxy.Port}", intakeKey, staffKey, mixed);
            var three = await threeLoad.RunAsync(users, TimeSpan.FromSeconds(seconds), () => nodes[1].Kill());
            await Task.Delay(TimeSpan.FromSeconds(3)); // let the survivors finish a briefing run that was under way
            var threeBacklog = await ScalarAsync(threeCs, "select count(*) from intake_journal");

            nodes.ForEach(n => n.Dispose());
            nodes.Clear();
            workers.ForEach(w => w.Dispose());
            workers.Clear();

            WrkIntake? wrkWarm = null, wrkAsync = null;
            if (!mixedOnly)
            {
                (wrkWarm, wrkAsync, asyncLoad, intakeAsync, drained) = await AcknowledgedPhasesAsync(env, work, cs, intakeKey, staffKey, users, seconds, warmup, nodes);
            }

            // The nodes' connection pools go first: the INSERT measurement opens one connection per user.
            nodes.ForEach(n => n.Dispose());
            nodes.Clear();
            Console.Error.WriteLine("bare INSERT rate …");
            var (inserts, insertConnections) = await InsertRate.MeasureAsync(cs, users, TimeSpan.FromSeconds(Math.Max(5, seconds / 2)));
            var onFirst = oneLoad.Acknowledged.Concat(intakeLoad?.Acknowledged ?? []).Concat(asyncLoad?.Acknowledged ?? [])
                .Concat(wrkWarm?.Acknowledged ?? []).Concat(wrkAsync?.Acknowledged ?? []).ToList();
            var acknowledged = onFirst.Concat(threeLoad.Acknowledged).ToList();
            var (storedFirst, storedThree) = (await StoredAsync(cs, onFirst), await StoredAsync(threeCs, [.. threeLoad.Acknowledged]));
            var stored = (Requests: storedFirst.Requests + storedThree.Requests, Waiting: storedFirst.Waiting + storedThree.Waiting);
            var briefingRuns = await ScalarAsync(threeCs, "select coalesce(sum(\"Attempts\"), 0) from jobs where \"Name\" = 'briefings'");

            Console.WriteLine($"{users} users, {seconds} s a phase, after {warmup} s of unmeasured full load on the same nodes (--warmup)");
            Console.WriteLine(mixed == LoadMix.MixedAsync ? "mixed load: intakes acknowledged before triage (--intake-async)" : "mixed load: intakes triaged before the answer");
            if (triageWorker)
            {
                Console.WriteLine("the journal triaged by one more node under nice -n 10, not behind the proxy; the web nodes' journal workers off (--triage-worker)");
            }

            Print(one, intakeOnly, staticFile, three, inserts, insertConnections, users);
            if (mixed == LoadMix.MixedAsync)
            {
                Console.WriteLine($"acknowledged but not yet triaged 3 s after the three-node phase: {threeBacklog:N0} (the survivors triage them after the load)");
            }

            if (intakeAsync is not null && drained is not null)
            {
                PrintAsync(intakeAsync, wrkAsync, drained, inserts);
            }

            var expectedMails = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9).DayOfWeek == DayOfWeek.Monday ? 2 : 1;
            Console.WriteLine();
            var missing = acknowledged.Count - stored.Requests - stored.Waiting;
            Console.WriteLine($"acknowledged intakes: {acknowledged.Count:N0}; stored as requests: {stored.Requests:N0}; waiting in the journal: {stored.Waiting:N0}; missing: {missing:N0}");
            Console.WriteLine($"briefing e-mails received: {smtp.Messages} (expected {expectedMails}); briefing job runs across nodes: {briefingRuns}");
            // Numbers are unique per database (the three nodes' copy counts from the same seed).
            var unique = onFirst.Count == onFirst.Distinct().Count() && threeLoad.Acknowledged.Count == threeLoad.Acknowledged.Distinct().Count();
            var ok = missing == 0 && unique && smtp.Messages == expectedMails;
            Console.WriteLine(ok ? "cluster checks: OK" : "cluster checks: FAILED");
            return ok ? 0 : 1;
        }
        finally
        {
            nodes.ForEach(n => n.Dispose());
            workers.ForEach(w => w.Dispose());
            NpgsqlConnection.ClearAllPools();
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                foreach (var name in new[] { database, seeded, threeDatabase })
                {
                    await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", admin);
                    await drop.ExecuteNonQueryAsync();
                }
            }

            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// Acknowledged intake (ADR 0328): an intake node driven by wrk, then a node that triages too, and the drain after it.
    /// </summary>
    private static async Task<(WrkIntake? Warm, WrkIntake? Measured, LoadGenerator Load, LoadResult Result, Drain Drained)> AcknowledgedPhasesAsync(
        Dictionary<string, string> env, string work, string cs, string intakeKey, string staffKey, int users, int seconds, int warmup, List<NodeProcess> nodes)
    {
        // An intake node (ADR 0328): its journal worker and jobs off, triage left to other nodes; driven by wrk straight, like
        // the bare INSERT rate measured with nothing else running. Its acknowledgements wait for node-4 below to drain them.
        Console.Error.WriteLine($"1 intake node (journal worker off), acknowledged intake driven by wrk, {users} connections, {seconds} s …");
        var intakeEnv = new Dictionary<string, string>(env) { ["Dasan__Intake__JournalWorker"] = "false", ["Dasan__Jobs__Enabled"] = "false" };
        WrkIntake? wrkAsync = null;
        WrkIntake? wrkWarm;
        using (var intakeNode = await NodeProcess.StartAsync("node-5", intakeEnv, Path.Combine(work, "n5")))
        {
            await WarmUpAsync([intakeNode], intakeKey, staffKey);
            wrkWarm = await WrkIntake.RunAsync(intakeNode.Port, intakeKey, users, warmup);
            if (wrkWarm is not null)
            {
                wrkAsync = await WrkIntake.RunAsync(intakeNode.Port, intakeKey, users, seconds);
            }
        }

        // Last, on a fresh node: the journal's drain adds tens of thousands of requests to today, which would slow the
        // three-node phase's dashboards and queue counts had it come first.
        Console.Error.WriteLine($"1 node, intake acknowledged before triage (Prefer: respond-async), {users} users, {seconds} s …");
        nodes.Add(await NodeProcess.StartAsync("node-4", env, Path.Combine(work, "n4")));
        await WarmUpAsync(nodes, intakeKey, staffKey);
        await using (var single = new TcpRoundRobinProxy([nodes[0].Port]))
        {
            // The same unmeasured warm-up as the other phases; its backlog drains during and after the measured phase, as a
            // burst's would (the worker is busy either way once the journal holds anything).
            await new LoadGenerator($"http://127.0.0.1:{single.Port}", intakeKey, staffKey, LoadMix.IntakeAsync).RunAsync(users, TimeSpan.FromSeconds(warmup));
            var asyncLoad = new LoadGenerator($"http://127.0.0.1:{single.Port}", intakeKey, staffKey, LoadMix.IntakeAsync);
            var intakeAsync = await asyncLoad.RunAsync(users, TimeSpan.FromSeconds(seconds));
            return (wrkWarm, wrkAsync, asyncLoad, intakeAsync, await DrainAsync(cs));
        }
    }

    /// <summary>The first request of a node loads the models (about 10 s): a short unmeasured load on each node first.</summary>
    private static async Task WarmUpAsync(IEnumerable<NodeProcess> nodes, string intakeKey, string staffKey)
    {
        Console.Error.WriteLine("warming up …");
        await Task.WhenAll(nodes.Select(n => new LoadGenerator($"http://127.0.0.1:{n.Port}", intakeKey, staffKey).RunAsync(4, TimeSpan.FromSeconds(5))));
        await Task.WhenAll(nodes.Select(n => new LoadGenerator($"http://127.0.0.1:{n.Port}", intakeKey, staffKey).RunAsync(8, TimeSpan.FromSeconds(3))));
    }

    /// <summary>
    /// Unmeasured full load until the nodes run steadily: for their first seconds under load the runtime recompiles hot
    /// methods (tiered JIT), which took about 30 % of the CPU in the first seconds of a three-node run (perf); a node of a
    /// real deployment has long finished that. The acknowledged intakes of this phase are not checked.
    /// </summary>
    private static async Task SteadyAsync(string url, string intakeKey, string staffKey, int users, int seconds, LoadMix mix)
    {
        if (seconds > 0)
        {
            Console.Error.WriteLine($"steady-state warm-up: {users} users, {seconds} s, not measured …");
            await new LoadGenerator(url, intakeKey, staffKey, mix).RunAsync(users, TimeSpan.FromSeconds(seconds));
        }
    }

    private static void Print(LoadResult one, LoadResult? intakeOnly, LoadResult? staticFile, LoadResult three, double inserts, int insertConnections, int users)
    {
        Console.WriteLine($"{"",-22}{"req/s",10}{"p50 ms",10}{"p99 ms",10}{"errors",8}");
        // The kill comes at half time: the three nodes' steady figures and the two survivors' are shown apart as well.
        var half = three.Elapsed.TotalSeconds / 2;
        var (before, after) = (three.Window(0, half), three.Window(half, three.Elapsed.TotalSeconds));
        foreach (var (label, r) in new[] { ("1 node", one), ("3 nodes (1 killed)", three), ("  3 before the kill", before), ("  2 after the kill", after) })
        {
            Console.WriteLine($"{label,-22}{r.Rps(),10:F0}{r.Percentile(0.5),10:F0}{r.Percentile(0.99),10:F0}{r.Errors(),8}");
            foreach (var op in new[] { "intake", "queue", "ask", "dashboard" })
            {
                Console.WriteLine($"  {op,-20}{r.Rps(op),10:F0}{r.Percentile(0.5, op),10:F0}{r.Percentile(0.99, op),10:F0}{r.Errors(op),8}");
            }
        }

        if (intakeOnly is not null && staticFile is not null)
        {
            Console.WriteLine($"{"1 node, intake only",-22}{intakeOnly.Rps(),10:F0}{intakeOnly.Percentile(0.5),10:F0}{intakeOnly.Percentile(0.99),10:F0}{intakeOnly.Errors(),8}");
            Console.WriteLine($"{"1 node, a static file",-22}{staticFile.Rps(),10:F0}{staticFile.Percentile(0.5),10:F0}{staticFile.Percentile(0.99),10:F0}{staticFile.Errors(),8}");
        }

        Console.WriteLine($"bare INSERT rate ({insertConnections} connections{(insertConnections < users ? ", as many as the server allows" : "")}): {inserts:F0}/s");
        if (intakeOnly is not null && staticFile is not null)
        {
            Console.WriteLine($"HTTP alone through the proxy (a static file) / bare INSERT: {staticFile.Rps() / inserts:P1}: no endpoint can pass this on this machine");
            Console.WriteLine($"intake / bare INSERT at full intake load: {intakeOnly.Rps("intake") / inserts:P1} (aim ≥ 50 %)");
        }

        Console.WriteLine($"intake / bare INSERT in the mix (40 % intake): 1 node {one.Rps("intake") / inserts:P1}, 3 nodes {three.Rps("intake") / inserts:P1}");
        Console.WriteLine($"/ask p99 at {users} users: 1 node {one.Percentile(0.99, "ask"):F0} ms, 3 nodes {three.Percentile(0.99, "ask"):F0} ms"
            + $" (before the kill {before.Percentile(0.99, "ask"):F0} ms, after {after.Percentile(0.99, "ask"):F0} ms; aim < 300 ms)");
    }

    /// <summary>How many journal entries waited when the load stopped, how many were stored and triaged in how long, and how many still wait.</summary>
    private sealed record Drain(long Left, long Stored, double Seconds, long Waiting);

    /// <summary>Lets the node drain the journal until it is empty or three minutes have passed (the bench stays bounded).</summary>
    private static async Task<Drain> DrainAsync(string cs)
    {
        const string waiting = "select count(*) from intake_journal where \"Attempts\" < 5 and \"Leases\" < 20";
        var left = await ScalarAsync(cs, waiting);
        var clock = Stopwatch.StartNew();
        long now;
        while ((now = await ScalarAsync(cs, waiting)) > 0 && clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(200);
        }

        return new Drain(left, left - now, clock.Elapsed.TotalSeconds, now);
    }

    private static void PrintAsync(LoadResult intakeAsync, WrkIntake? wrk, Drain drained, double inserts)
    {
        Console.WriteLine("1 node, intake acknowledged before triage (Prefer: respond-async)");
        Console.WriteLine($"{"",-48}{"req/s",10}{"p50 ms",10}{"p99 ms",10}{"errors",8}");
        Console.WriteLine($"{"  node that triages too, C# load via the proxy",-48}{intakeAsync.Rps(),10:F0}{intakeAsync.Percentile(0.5),10:F0}{intakeAsync.Percentile(0.99),10:F0}{intakeAsync.Errors(),8}");
        if (wrk is not null)
        {
            Console.WriteLine($"{"  intake node (worker off), wrk straight at it",-48}{wrk.Rps,10:F0}{wrk.P50Ms,10:F0}{wrk.P99Ms,10:F0}{wrk.Errors,8}");
        }

        Console.WriteLine($"  in the journal when the load stopped: {drained.Left:N0}; stored and triaged {drained.Stored:N0} in {drained.Seconds:F1} s"
            + $" ({(drained.Seconds > 0 ? drained.Stored / drained.Seconds : 0):F0}/s); still waiting when the bench stopped watching: {drained.Waiting:N0}");
        Console.WriteLine($"acknowledged intake / bare INSERT: node that triages too {intakeAsync.Rps("intake") / inserts:P1}"
            + (wrk is null ? string.Empty : $", intake node {wrk.Rps / inserts:P1}") + " (aim ≥ 50 %); triage follows at the drain rate above");
    }

    private static async Task<string> CliAsync(Dictionary<string, string> env, string work, params string[] args)
    {
        using var process = Process.Start(NodeProcess.Command(env, Path.Combine(work, "cli"), args))!;
        var output = await process.StandardOutput.ReadToEndAsync();
        _ = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output.Trim().Split('\n')[^1].Trim() : throw new InvalidOperationException($"dasan {string.Join(' ', args)} failed ({process.ExitCode})");
    }

    /// <summary>Of the acknowledged numbers: how many are stored requests, and how many still wait in the journal (durable, not
    /// set aside, not stored yet); the two must not overlap.</summary>
    private static async Task<(long Requests, long Waiting)> StoredAsync(string cs, IReadOnlyList<string> numbers)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        var distinct = numbers.Distinct().ToArray();
        await using var requests = new NpgsqlCommand("select count(*) from requests where \"TrackingNumber\" = any(@n)", c);
        requests.Parameters.AddWithValue("n", distinct);
        var stored = (long)(await requests.ExecuteScalarAsync())!;
        await using var journal = new NpgsqlCommand("""
            select count(*) from intake_journal j where j."TrackingNumber" = any(@n) and j."Attempts" < 5 and j."Leases" < 20
              and not exists (select 1 from requests r where r."TrackingNumber" = j."TrackingNumber")
            """, c);
        journal.Parameters.AddWithValue("n", distinct);
        return (stored, (long)(await journal.ExecuteScalarAsync())!);
    }

    /// <summary>A copy of <paramref name="source"/> (no one may be connected to it: the nodes are stopped between phases).</summary>
    private static async Task CopyDatabaseAsync(string server, string source, string target)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var copy = new NpgsqlCommand($"create database \"{target}\" template \"{source}\"", admin);
        await copy.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var c = new NpgsqlConnection(cs);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
