using Dasan.Core.Radar;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Bench;

/// <summary>
/// <c>radar [--data DIR] [--skip-import] [--quick]</c>: per-item analysis profile, import throughput of the 68k petitions
/// and the 50k headlines, detection over every week of the two years (petitions and dated headlines only: the
/// undated headlines get synthetic dates for throughput and are left out of detection), and the evaluation.
/// </summary>
public static class RadarBenchmark
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var root = RepoRoot.Find();
        var folder = RadarData.Folder(root);
        if (!File.Exists(Path.Combine(folder, "petitions-train.csv")))
        {
            Console.WriteLine($"{folder} has no petitions-train.csv; the radar benchmark needs the shared data. Skipped.");
            return 0;
        }

        var dataIndex = Array.IndexOf(args, "--data");
        var data = dataIndex >= 0 ? args[dataIndex + 1] : Directory.CreateTempSubdirectory("dasan-radar-bench-").FullName;
        if (!args.Contains("--skip-import"))
        {
            Console.WriteLine("per-item analysis (single thread, petition titles):");
            RadarProfile.Print(folder, args.Contains("--quick") ? 500 : 3000);
        }

        await using var services = await RadarImportBench.OpenAsync(data);
        if (!args.Contains("--skip-import"))
        {
            Console.WriteLine($"import into {data} ({Environment.ProcessorCount} cores):");
            await RadarImportBench.ImportAsync(services, "petitions (train)", RadarData.Petitions(folder).ToList());
            var headlines = RadarData.DatedNews(folder).Concat(RadarData.UndatedNews(folder, new DateTime(2018, 12, 1), new DateTime(2021, 1, 1))).ToList();
            await RadarImportBench.ImportAsync(services, "headlines (dated + undated)", headlines);
        }

        await using var scope = services.CreateAsyncScope();
        var detection = scope.ServiceProvider.GetRequiredService<RadarDetection>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var items = (await detection.LoadAsync(new DateOnly(2018, 12, 1), new DateOnly(2021, 1, 31), null, CancellationToken.None))
            .Where(i => i.Source != "ynat-undated").ToList();
        Console.WriteLine($"loading: {items.Count} items of the two years from the database in {watch.Elapsed.TotalSeconds:F1} s");
        RadarDetectBench.Run(items, root);
        return 0;
    }
}
