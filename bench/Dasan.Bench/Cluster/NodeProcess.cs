using System.Diagnostics;
using System.Net.Sockets;

namespace Dasan.Bench.Cluster;

/// <summary>One <c>dasan serve</c> process of the cluster benchmark on 127.0.0.1, with the shared settings in its environment.</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly Process _process;

    private NodeProcess(Process process, string name, int port) => (_process, Name, Port) = (process, name, port);

    public string Name { get; }
    public int Port { get; }
    public bool Alive => !_process.HasExited;

    public static string DasanDll => Path.Combine(RepoRoot.Find(), "src", "Dasan.Cli", "bin", "Release", "net10.0", "dasan.dll");

    public static ProcessStartInfo Command(IReadOnlyDictionary<string, string> environment, string dataDirectory, params string[] args) =>
        Command(environment, dataDirectory, 0, args);

    /// <summary>The command, run under <c>nice -n <paramref name="nice"/></c> when it is above 0 (the whole process at lower priority).</summary>
    public static ProcessStartInfo Command(IReadOnlyDictionary<string, string> environment, string dataDirectory, int nice, params string[] args)
    {
        var info = new ProcessStartInfo(nice > 0 ? "nice" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (nice > 0)
        {
            foreach (var a in new[] { "-n", nice.ToString(System.Globalization.CultureInfo.InvariantCulture), "dotnet" })
            {
                info.ArgumentList.Add(a);
            }
        }

        info.ArgumentList.Add(DasanDll);
        foreach (var a in args.Append("--data").Append(dataDirectory))
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        return info;
    }

    public static async Task<NodeProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string dataDirectory, int nice = 0)
    {
        var port = FreePort();
        var env = new Dictionary<string, string>(environment) { ["Dasan__Node__Name"] = name, ["Dasan__Web__JsonLogs"] = "false" };
        var process = Process.Start(Command(env, dataDirectory, nice, "serve", "--urls", $"http://127.0.0.1:{port}"))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } l && l.Contains("fail", StringComparison.OrdinalIgnoreCase)) { Console.Error.WriteLine($"[{name}] {l}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode)
                {
                    return new NodeProcess(process, name, port);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"node {name} exited with {process.ExitCode} during start");
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"node {name} did not answer /health within 150 s");
    }

    /// <summary>Kills the process at once (no graceful shutdown), as a crashed machine would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
