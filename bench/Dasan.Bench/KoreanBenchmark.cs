using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary>
/// Measures normalise + mask + tokenise throughput (UTF-8 MB/s of input, one thread) over the
/// proposal bodies in ../shared/data/seoul-proposals-free.jsonl. Usage: korean [path] [rounds].
/// </summary>
internal static class KoreanBenchmark
{
    private const string DefaultPath = "../shared/data/seoul-proposals-free.jsonl";

    public static int Run(string[] args)
    {
        var path = args.Length > 0 ? args[0] : FindData();
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        if (!File.Exists(path))
        {
            Console.WriteLine($"korean: data file {path} not found; nothing to measure.");
            return 0;
        }

        var bodies = ReadBodies(path);
        var bytes = bodies.Sum(b => (long)Encoding.UTF8.GetByteCount(b));
        var pipeline = new KoreanTextPipeline();
        Console.WriteLine($"korean: {bodies.Count} bodies, {bytes / 1e6:0.00} MB UTF-8 from {path}");

        var warmup = Measure(pipeline, bodies.Take(200).ToList());
        Console.WriteLine($"warm-up: {warmup.Findings} findings");
        var best = double.MaxValue;
        for (var round = 1; round <= rounds; round++)
        {
            var result = Measure(pipeline, bodies);
            best = Math.Min(best, result.Seconds);
            Console.WriteLine($"round {round}: {result.Seconds:0.000} s, {bytes / 1e6 / result.Seconds:0.0} MB/s, {result.Tokens} tokens, {result.Findings} findings");
        }

        Console.WriteLine($"best: {bytes / 1e6 / best:0.0} MB/s (normalise + mask + tokenise, single thread)");
        return 0;
    }

    private static (double Seconds, long Tokens, long Findings) Measure(KoreanTextPipeline pipeline, List<string> bodies)
    {
        long tokens = 0, findings = 0;
        var watch = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            var analysis = pipeline.Analyze(body);
            tokens += analysis.Tokens.Count;
            findings += analysis.Findings.Count;
        }

        return (watch.Elapsed.TotalSeconds, tokens, findings);
    }

    private static List<string> ReadBodies(string path)
    {
        var bodies = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            if (document.RootElement.TryGetProperty("body", out var body) && body.GetString() is { Length: > 0 } text)
            {
                bodies.Add(text);
            }
        }

        return bodies;
    }

    private static string FindData()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dasan.slnx")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, DefaultPath));
            }
        }

        return DefaultPath;
    }
}
