using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary>
/// Experiment: the lexicon and the learned model across the two training corpora (the lexicon never saw them; the
/// model is trained on one writer and scored on the other), to choose how they combine.
/// </summary>
public static class UrgencyModelProbe
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var a = Read(Path.Combine(root, "content", "urgency", "training-a.jsonl"));
        var b = Read(Path.Combine(root, "content", "urgency", "training-b.jsonl"));
        var lex = new UrgencyClassifier(useModel: false);
        var options = TextClassifierOptions.Default with { NumberOfThreads = 1, BalanceLabels = false };
        foreach (var arg in args.Where(x => x.Contains('=')))
        {
            var (k, v) = (arg.Split('=')[0], arg.Split('=')[1]);
            options = k switch
            {
                "l2" => options with { L2Regularization = float.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "char" => options with { CharNGramMax = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "min" => options with { MinFeatureCount = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                "iter" => options with { MaximumIterations = int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) },
                _ => options,
            };
        }

        var binary = args.Contains("--binary");
        var scored = new List<(string Label, string Cat, string Text, double P, Urgency L, bool Settled)>();
        foreach (var (train, test) in new[] { (a, b), (b, a) })
        {
            var model = new TextClassifierTrainer(options).Train(train.Select(r => new LabeledText(r.Text, binary && r.Label != "critical" ? "other" : r.Label)).ToList());
            scored.AddRange(test.Select(r => (r.Label, r.Cat, r.Text, UrgencyModel.CriticalProbability(model, r.Text), lex.Assess(r.Text).Level, lex.DescribesSettledEvent(r.Text))));
            if (!args.Contains("--misses"))
            {
                break;
            }
        }

        foreach (var trust in new[] { false, true })
        {
            var results = new List<(string Label, Urgency Level)>();
            foreach (var (train, test) in new[] { (a, b), (b, a) })
            {
                var model = new TextClassifierTrainer(options).Train(train.Select(r => new LabeledText(r.Text, r.Label)).ToList());
                var classifier = new UrgencyClassifier(model) { TrustLexiconFrames = trust };
                results.AddRange(test.Select(r => (r.Label, classifier.Assess(r.Text).Level)));
            }

            var p = results.Where(r => r.Label == "critical").ToList();
            var n = results.Where(r => r.Label != "critical").ToList();
            Console.WriteLine($"product decision (trust frames {trust}): recall {p.Count(r => r.Level == Urgency.Critical) / (double)p.Count:F3} false {n.Count(r => r.Level == Urgency.Critical)}/{n.Count}");
        }

        if (args.Contains("--misses"))
        {
            foreach (var s in scored.Where(s => s.Label == "critical" && !((s.L == Urgency.Critical && s.P >= 0.1) || (s.P >= 0.6 && !s.Settled))).Take(150))
            {
                Console.WriteLine($"  {s.Label}/{s.Cat} p={s.P:F2} lex={s.L} | {s.Text.Replace('\n', ' ')}");
            }
        }

        return 0;
    }

    private static List<(string Label, string Cat, string Text)> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("label").GetString()!, e.GetProperty("category").GetString()!,
                UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()))).ToList();
}
