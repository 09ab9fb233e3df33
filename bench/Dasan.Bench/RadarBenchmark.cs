namespace Dasan.Bench;

/// <summary>
/// <c>radar</c>: per-item analysis profile, import throughput of the petitions and the 50k headlines, detection
/// over the whole two years, and the evaluation against eval/radar/events.jsonl.
/// </summary>
public static class RadarBenchmark
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var folder = RadarData.Folder(root);
        if (!File.Exists(Path.Combine(folder, "petitions-train.csv")))
        {
            Console.WriteLine($"{folder} has no petitions-train.csv; the radar benchmark needs the shared data. Skipped.");
            return 0;
        }

        Console.WriteLine("per-item analysis (single thread, petition titles):");
        RadarProfile.Print(folder, args.Contains("--quick") ? 500 : 3000);
        return 0;
    }
}
