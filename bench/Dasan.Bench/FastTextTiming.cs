using System.Diagnostics;

namespace Dasan.Bench;

/// <summary>Times Debian's <c>fasttext predict</c> on the same texts, with a model trained on them so it has real labels.</summary>
public static class FastTextTiming
{
    public static double? PredictPerSecond(IReadOnlyList<string> texts)
    {
        if (!File.Exists("/usr/bin/fasttext"))
        {
            Console.WriteLine("            fastText not installed (apt-get install fasttext); comparison skipped.");
            return null;
        }

        var dir = Directory.CreateTempSubdirectory("dasan-ft-").FullName;
        var input = Path.Combine(dir, "texts.txt");
        File.WriteAllLines(input, texts.Select((t, i) => $"__label__{i % 12} " + t.Replace('\n', ' ').Replace('\r', ' ')));
        Run($"supervised -input {input} -output {Path.Combine(dir, "m")} -epoch 1 -dim 50 -thread 1 -verbose 0");
        var watch = Stopwatch.StartNew();
        Run($"predict {Path.Combine(dir, "m.bin")} {input} 3");
        var rate = texts.Count / watch.Elapsed.TotalSeconds;
        Directory.Delete(dir, true);
        return rate;
    }

    private static void Run(string args)
    {
        using var p = Process.Start(new ProcessStartInfo("/usr/bin/fasttext", args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
    }
}
