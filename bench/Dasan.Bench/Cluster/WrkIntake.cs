using System.Diagnostics;
using System.Globalization;

namespace Dasan.Bench.Cluster;

/// <summary>
/// Acknowledged intake driven by <c>wrk</c> (C, Debian package) straight at one node: the C# load generator and the
/// proxy take most of a core of this machine themselves, so this phase shows what the node can acknowledge when the
/// load costs little. Every tracking number acknowledged is kept, to be checked in the database like the others.
/// </summary>
public sealed record WrkIntake(long Requests, double Seconds, double P50Ms, double P99Ms, long Errors, IReadOnlyList<string> Acknowledged)
{
    public double Rps => (Requests - Errors) / Seconds;

    /// <summary>Null (with a message) when wrk is not installed.</summary>
    public static async Task<WrkIntake?> RunAsync(int port, string intakeKey, int users, int seconds)
    {
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists);
        if (wrk is null)
        {
            Console.Error.WriteLine("wrk is not installed (apt-get install wrk): the wrk phase is skipped");
            return null;
        }

        var output = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-t2", $"-c{users}", $"-d{seconds}s", "--timeout", "10s", "-s",
                Path.Combine(RepoRoot.Find(), "bench", "Dasan.Bench", "Cluster", "acknowledged-intake.lua"), $"http://127.0.0.1:{port}" })
            {
                info.ArgumentList.Add(a);
            }

            info.Environment["DASAN_BENCH_KEY"] = intakeKey;
            info.Environment["DASAN_BENCH_OUT"] = output;
            using var process = Process.Start(info)!;
            _ = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {error}");
            }

            var lines = await File.ReadAllLinesAsync(output);
            long Value(string name) => long.Parse(lines.First(l => l.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..], CultureInfo.InvariantCulture);
            return new WrkIntake(Value("requests"), Value("microseconds") / 1e6, Value("p50") / 1e3, Value("p99") / 1e3, Value("errors"),
                lines.Where(l => l.StartsWith("number ", StringComparison.Ordinal)).Select(l => l["number ".Length..]).ToList());
        }
        finally
        {
            File.Delete(output);
        }
    }
}
