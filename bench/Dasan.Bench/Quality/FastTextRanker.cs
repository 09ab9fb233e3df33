using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dasan.Ai.Learning;

namespace Dasan.Bench.Quality;

/// <summary>
/// Debian's fastText as the reference classifier, trained on exactly the rows a Dasan model is trained on, with the
/// settings of the shared data's reference figure and fastText's small-data epochs and rate
/// (<c>-minn 1 -maxn 3 -wordNgrams 2 -dim 100 -epoch 25 -lr 0.5</c>). Given the tuning slice, fastText's own autotune
/// also runs on it (as Dasan's settings were chosen on it), and the better of the two on that slice is kept.
/// </summary>
public sealed class FastTextRanker : IDisposable
{
    private const string Binary = "/usr/bin/fasttext";
    private readonly DirectoryInfo _work;
    private readonly IReadOnlyList<string> _labels;

    private FastTextRanker(DirectoryInfo work, IReadOnlyList<string> labels)
    {
        _work = work;
        _labels = labels;
    }

    public static bool Available => File.Exists(Binary);

    public static FastTextRanker Train(IEnumerable<LabeledText> rows, IEnumerable<LabeledText>? tuning = null, int autotuneSeconds = 60)
    {
        var work = Directory.CreateTempSubdirectory("dasan-fasttext-");
        var input = Path.Combine(work.FullName, "train.txt");
        var list = rows.ToList();
        var labels = list.Select(r => r.Label).Distinct().ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        File.WriteAllLines(input, list.Select(r => $"__label__{index[r.Label]} {OneLine(r.Text)}"), new UTF8Encoding(false));
        var model = Path.Combine(work.FullName, "model");
        const string Fixed = "-minn 1 -maxn 3 -wordNgrams 2 -dim 100 -epoch 25 -lr 0.5 -thread 2 -seed 1 -verbose 0";
        Run($"supervised -input {input} -output {model} {Fixed}");
        var valid = tuning?.Where(r => index.ContainsKey(r.Label)).ToList();
        if (valid is { Count: > 0 })
        {
            // Autotune can end with a poor model on a busy machine: keep whichever scores better on the tuning slice.
            var validFile = Path.Combine(work.FullName, "valid.txt");
            File.WriteAllLines(validFile, valid.Select(r => $"__label__{index[r.Label]} {OneLine(r.Text)}"), new UTF8Encoding(false));
            var tuned = Path.Combine(work.FullName, "tuned");
            // Autotune may try models of many gigabytes (it was killed for memory here once, with 24 GB in use): it runs under
            // an address-space cap, and a failed search keeps the reference settings instead of ending the benchmark.
            var searched = true;
            try
            {
                Run($"supervised -input {input} -output {tuned} -autotune-validation {validFile} -autotune-duration {autotuneSeconds} -thread 2 -verbose 0", AutotuneMemory);
            }
            catch (InvalidOperationException e)
            {
                searched = false;
                Console.Error.WriteLine($"fastText autotune failed ({e.Message.Split('(').Last().TrimEnd(':', ' ', ')')}); keeping the reference settings.");
            }

            if (searched && Precision(tuned, validFile) > Precision(model, validFile))
            {
                File.Copy(tuned + ".bin", model + ".bin", overwrite: true);
            }
        }

        return new FastTextRanker(work, labels);
    }

    /// <summary>The <paramref name="k"/> best labels with probabilities for each text, in order.</summary>
    public IReadOnlyList<IReadOnlyList<(string Label, double P)>> Predict(IReadOnlyList<string> texts, int k)
    {
        var input = Path.Combine(_work.FullName, "test.txt");
        File.WriteAllLines(input, texts.Select(OneLine), new UTF8Encoding(false));
        var output = Run($"predict-prob {Path.Combine(_work.FullName, "model.bin")} {input} {k}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != texts.Count)
        {
            throw new InvalidOperationException($"fastText answered {lines.Length} lines for {texts.Count} texts");
        }

        return lines.Select(line =>
        {
            var parts = line.Trim().Split(' ');
            var ranked = new List<(string, double)>();
            for (var i = 0; i + 1 < parts.Length; i += 2)
            {
                ranked.Add((_labels[int.Parse(parts[i]["__label__".Length..], CultureInfo.InvariantCulture)], double.Parse(parts[i + 1], CultureInfo.InvariantCulture)));
            }

            return (IReadOnlyList<(string, double)>)ranked;
        }).ToList();
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static double Precision(string model, string validFile)
    {
        var line = Run($"test {model}.bin {validFile} 1").Split('\n').FirstOrDefault(l => l.StartsWith("P@1", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split('\t')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>fastText reads one text per line and breaks on spaces; an empty text still needs a line.</summary>
    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length == 0 ? "." : line;
    }

    /// <summary>Address-space cap of an autotune run (bytes).</summary>
    private const long AutotuneMemory = 8L << 30;

    private static string Run(string arguments, long? memoryCap = null)
    {
        var capped = memoryCap is not null && File.Exists("/usr/bin/prlimit");
        var start = capped
            ? new ProcessStartInfo("/usr/bin/prlimit", $"--as={memoryCap} -- {Binary} {arguments}")
            : new ProcessStartInfo(Binary, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fasttext");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"fasttext {arguments} failed ({process.ExitCode}): {error.Result}");
    }
}
