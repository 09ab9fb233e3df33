using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dasan.Ai.Learning;

namespace Dasan.Bench;

/// <summary>
/// Trains Dasan's text classifier and fastText on ../shared/data/petitions-train.csv, scores both
/// on petitions-dev.csv and prints accuracy, macro-F1, training time and single-thread prediction
/// throughput side by side. Usage: learning [data-directory] [--no-fasttext] [--compare-trainers] [name=value ...]
/// (settings: algorithm, l2, iterations, min-count, char-max, word-bigrams, balance).
/// </summary>
internal static class LearningBenchmark
{
    private const string DefaultDirectory = "../shared/data";
    private const string FastText = "/usr/bin/fasttext";

    public static int Run(string[] args)
    {
        var settings = args.Where(a => a.Contains('=', StringComparison.Ordinal)).ToArray();
        args = args.Except(settings).ToArray();
        var skipFastText = args.Contains("--no-fasttext");
        var compare = args.Contains("--compare-trainers");
        args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var directory = args.Length > 0 ? args[0] : FindData();
        var trainPath = Path.Combine(directory, "petitions-train.csv");
        var devPath = Path.Combine(directory, "petitions-dev.csv");
        if (!File.Exists(trainPath) || !File.Exists(devPath))
        {
            Console.WriteLine($"learning: {trainPath} or {devPath} not found; nothing to measure.");
            return 0;
        }

        var train = LabeledDataReader.Read(trainPath, "title", "category").Rows;
        var dev = LabeledDataReader.Read(devPath, "title", "category").Rows;
        Console.WriteLine($"learning: {train.Count} training titles, {dev.Count} dev titles, {train.Select(r => r.Label).Distinct().Count()} labels");

        if (compare)
        {
            foreach (var (trainer, report, seconds) in TrainerComparison.Run(train, dev, Configure(settings)))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{trainer,-26} accuracy {report.Accuracy:0.0000} macro-F1 {report.MacroF1:0.0000} fit {seconds:0.0} s"));
            }

            return 0;
        }

        var dasan = MeasureDasan(train, dev, Configure(settings));
        var fastText = File.Exists(FastText) && !skipFastText ? MeasureFastText(train, dev) : null;
        PrintTable(dasan, fastText);
        return 0;
    }

    /// <summary>Options from name=value arguments, for tuning runs.</summary>
    private static TextClassifierOptions Configure(string[] settings)
    {
        var options = new TextClassifierOptions { NumberOfThreads = 2 };
        foreach (var setting in settings.Select(s => s.Split('=', 2)))
        {
            var value = setting[1];
            options = setting[0] switch
            {
                "l2" => options with { L2Regularization = float.Parse(value, CultureInfo.InvariantCulture) },
                "iterations" => options with { MaximumIterations = int.Parse(value, CultureInfo.InvariantCulture) },
                "min-count" => options with { MinFeatureCount = int.Parse(value, CultureInfo.InvariantCulture) },
                "char-max" => options with { CharNGramMax = int.Parse(value, CultureInfo.InvariantCulture) },
                "word-bigrams" => options with { WordBigrams = bool.Parse(value) },
                "balance" => options with { BalanceLabels = bool.Parse(value) },
                "algorithm" => options with { Algorithm = Enum.Parse<TextClassifierAlgorithm>(value, ignoreCase: true) },
                _ => throw new ArgumentException($"unknown setting {setting[0]}"),
            };
        }

        Console.WriteLine($"dasan options: {options}");
        return options;
    }

    private static Result MeasureDasan(IReadOnlyList<LabeledText> train, IReadOnlyList<LabeledText> dev, TextClassifierOptions options)
    {
        var watch = Stopwatch.StartNew();
        var classifier = new TextClassifierTrainer(options).Train(train);
        var trainSeconds = watch.Elapsed.TotalSeconds;
        var s = classifier.Summary;
        Console.WriteLine($"dasan: {s.FeatureCount} features, hold-out macro-F1 {s.HoldOutMacroF1:0.000}, temperature {s.Temperature:0.00}, hold-out ECE {s.EceBeforeCalibration:0.000} -> {s.EceAfterCalibration:0.000}");

        var report = ClassifierEvaluator.Evaluate(classifier, dev);
        Console.WriteLine($"dasan: dev ECE {report.Reliability!.ExpectedCalibrationError:0.000}");
        var best = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            watch.Restart();
            foreach (var row in dev)
            {
                classifier.Predict(row.Text, 1);
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return new Result("Dasan", report.Accuracy, report.MacroF1, trainSeconds, dev.Count / best, dev.Count / best);
    }

    private static Result MeasureFastText(IReadOnlyList<LabeledText> train, IReadOnlyList<LabeledText> dev)
    {
        var work = Directory.CreateTempSubdirectory("dasan-fasttext-");
        try
        {
            var trainFile = Path.Combine(work.FullName, "train.txt");
            var testFile = Path.Combine(work.FullName, "test.txt");
            var oneFile = Path.Combine(work.FullName, "one.txt");
            var model = Path.Combine(work.FullName, "model");
            File.WriteAllLines(trainFile, train.Select(r => $"__label__{r.Label.Replace(' ', '_')} {OneLine(r.Text)}"), new UTF8Encoding(false));
            File.WriteAllLines(testFile, dev.Select(r => OneLine(r.Text)), new UTF8Encoding(false));
            File.WriteAllLines(oneFile, [OneLine(dev[0].Text)], new UTF8Encoding(false));

            var (trainSeconds, _) = RunFastText($"supervised -input {trainFile} -output {model} -minn 1 -maxn 3 -wordNgrams 2 -epoch 10 -dim 100 -thread 2");
            var (loadSeconds, _) = RunFastText($"predict {model}.bin {oneFile}");
            var (predictSeconds, output) = RunFastText($"predict {model}.bin {testFile}");
            var predicted = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Replace("__label__", string.Empty, StringComparison.Ordinal)).ToArray();
            var actual = dev.Select(r => r.Label.Replace(' ', '_')).ToArray();
            if (predicted.Length != actual.Length)
            {
                throw new InvalidOperationException($"fasttext predicted {predicted.Length} lines for {actual.Length} titles.");
            }

            var report = ClassifierEvaluator.Evaluate(actual, predicted);
            var withoutLoad = predictSeconds > loadSeconds * 1.05 ? dev.Count / (predictSeconds - loadSeconds) : double.NaN;
            return new Result("fastText", report.Accuracy, report.MacroF1, trainSeconds, dev.Count / predictSeconds, withoutLoad);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static (double Seconds, string Output) RunFastText(string arguments)
    {
        var start = new ProcessStartInfo(FastText, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fasttext");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"fasttext {arguments} failed ({process.ExitCode}): {error.Result}");
        }

        return (seconds, output);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static void PrintTable(Result dasan, Result? fastText)
    {
        var rows = fastText is null ? new[] { dasan } : new[] { dasan, fastText };
        Console.WriteLine();
        Console.WriteLine($"{"model",-10} {"accuracy",9} {"macro-F1",9} {"train s",8} {"titles/s",10} {"titles/s*",10}");
        foreach (var r in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-10} {r.Accuracy,9:0.0000} {r.MacroF1,9:0.0000} {r.TrainSeconds,8:0.0} {r.TitlesPerSecond,10:0} {r.TitlesPerSecondWithoutLoad,10:0}"));
        }

        Console.WriteLine("titles/s: single thread over the dev titles (fastText: the whole `fasttext predict` process, model load included); titles/s*: fastText with its model load time (a one-title predict run) subtracted, NaN when the difference is within noise.");
        if (fastText is not null)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Dasan - fastText: accuracy {dasan.Accuracy - fastText.Accuracy:+0.0000;-0.0000}, macro-F1 {dasan.MacroF1 - fastText.MacroF1:+0.0000;-0.0000}; training time ratio {dasan.TrainSeconds / fastText.TrainSeconds:0.00}x; throughput ratio {dasan.TitlesPerSecond / fastText.TitlesPerSecond:0.00}x ({dasan.TitlesPerSecond / fastText.TitlesPerSecondWithoutLoad:0.00}x without load)"));
        }
    }

    private static string FindData()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dasan.slnx")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, DefaultDirectory));
            }
        }

        return DefaultDirectory;
    }

    private sealed record Result(string Name, double Accuracy, double MacroF1, double TrainSeconds, double TitlesPerSecond, double TitlesPerSecondWithoutLoad);
}
