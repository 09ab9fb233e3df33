using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary><c>urgency</c>: the urgency classifier on the tuning and reporting sentence sets (misses of the tuning set only).</summary>
public static class UrgencyBenchmark
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var classifier = new UrgencyClassifier();
        if (args.Contains("--stdin"))
        {
            var lexicon = new UrgencyClassifier(useModel: false);
            foreach (var line in Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                // The models that decide: the English pair for a text mostly not in Hangul (ADR 0108).
                var foreign = UrgencyModel.IsForeign(line);
                var model = (foreign ? UrgencyModel.ForeignInstance : null) ?? UrgencyModel.Instance!;
                var reading = model.Read(line);
                var assessed = classifier.Assess(line);
                var read = lexicon.Assess(line);
                Console.WriteLine($"{assessed.Level} {assessed.Reason} | lexicon {read.Level} [{string.Join(',', read.Cues)}] | {(foreign ? "English models" : "models")} p={reading.Danger:F2} max={reading.Highest:F2} subword={model.Subword?.Probability(line, "critical"):F2} | {line}");
            }

            return 0;
        }

        if (args.Contains("--speed"))
        {
            return UrgencySpeed.Run(Path.Combine(root, "eval", "urgency", "tuning.jsonl"), args.Contains("--whole-only"));
        }

        var tuning = UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", "tuning.jsonl"), args.Contains("--misses"));
        Console.WriteLine(tuning);
        // Everyday requests written for the purpose (one-liners, opinions, service requests with names and numbers): none is
        // a danger, so every critical among them is a false alarm. Readable, like the tuning set.
        foreach (var file in Directory.GetFiles(Path.Combine(root, "eval", "urgency"), "everyday-*.jsonl").Order(StringComparer.Ordinal))
        {
            var texts = File.ReadLines(file).Where(l => l.Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
                .Select(e => Dasan.Ai.Triage.Urgency.UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString())).ToList();
            var critical = texts.Where(t => classifier.Assess(t).Level == Dasan.Ai.Triage.Urgency.Urgency.Critical).ToList();
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file)}  n={texts.Count}  rated critical {critical.Count} ({100.0 * critical.Count / Math.Max(1, texts.Count):F1} %)");
            if (args.Contains("--misses"))
            {
                critical.ForEach(t => Console.WriteLine($"    {classifier.Assess(t).Reason} | {t.ReplaceLineEndings(" ")}"));
            }
        }
        if (args.Contains("--report"))
        {
            // The reporting writer's sentences: figures only, and only when asked (ADR 0107 counts every look).
            Console.WriteLine(UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", "report.jsonl"), showMisses: false));
            Console.WriteLine(UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", "report-b.jsonl"), showMisses: false));
            Console.WriteLine(UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", "report-c.jsonl"), showMisses: false));
        }

        // A fresh set nobody has read (eval/urgency/blind-*.jsonl): figures only, once (ADR 0107); after that it is read as tuning.
        foreach (var blind in args.Where(a => a.StartsWith("--blind=", StringComparison.Ordinal)))
        {
            Console.WriteLine(UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", blind["--blind=".Length..]), showMisses: args.Contains("--blind-misses")));
        }

        foreach (var corpus in args.Where(a => a.StartsWith("--corpus=", StringComparison.Ordinal)))
        {
            var path = Path.Combine(root, "content", "urgency", corpus["--corpus=".Length..]);
            Console.WriteLine("lexicon only on " + UrgencyQuality.Measure(new UrgencyClassifier(useModel: false), path, args.Contains("--corpus-misses")));
        }
        return 0;
    }
}
