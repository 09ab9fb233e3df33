using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Subword;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary>
/// <c>urgency-probe</c>: chooses how the lexicon and the learned model combine without the reporting sentences.
/// Leave one writer out: the model is trained on all training corpora but one and scored, with the lexicon, on the one
/// left out (the lexicon was never shaped on corpora D and E); every combination of thresholds is printed. <c>--misses</c>
/// lists the held-out writers' misses and false alarms at the shipped thresholds (<c>--all</c>: every
/// sentence, right ones too).
/// </summary>
public static class UrgencyModelProbe
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var corpora = Directory.GetFiles(Path.Combine(root, "content", "urgency"), "training-*.jsonl").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p)["training-".Length..], Read);
        var options = UrgencyModel.LinearOptions;
        var subword = UrgencyModel.SubwordOptions;
        var weight = UrgencyScorer.DefaultSubwordWeight;
        var vetoBoth = true;
        var imminent = true;
        var pastBar = UrgencyArbiterDefaults.Past;
        foreach (var (k, v) in args.Where(a => a.Contains('=') && !a.StartsWith("held=", StringComparison.Ordinal)).Select(a => (a.Split('=')[0], a.Split('=')[1])))
        {
            if (k is not ("l2" or "char" or "min" or "iter" or "dim" or "epoch" or "lr" or "maxn" or "sw" or "vetoboth" or "imminent" or "past"))
            {
                throw new ArgumentException($"unknown setting {k}");
            }

            var n = double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
            options = k switch
            {
                "l2" => options with { L2Regularization = (float)n },
                "char" => options with { CharNGramMax = (int)n },
                "min" => options with { MinFeatureCount = (int)n },
                "iter" => options with { MaximumIterations = (int)n },
                _ => options,
            };
            subword = k switch
            {
                "dim" => subword with { Dimensions = (int)n },
                "epoch" => subword with { Epochs = (int)n },
                "lr" => subword with { LearningRate = n },
                "maxn" => subword with { CharNGramMax = (int)n },
                _ => subword,
            };
            weight = k == "sw" ? n : weight;
            vetoBoth = k == "vetoboth" ? n != 0 : vetoBoth;
            imminent = k == "imminent" ? n != 0 : imminent;
            pastBar = k == "past" ? n : pastBar;
        }

        var eithers = new Dictionary<double, (int Found, int Critical, int False, int Other)>();
        var blends = new Dictionary<(double Weight, bool System), (int Found, int Critical, int False, int Other)>();
        var grid = new Dictionary<(double Veto, double Promote), (int Found, int Critical, int False, int Other)>();
        var pasts = new Dictionary<double, (int Found, int Critical, int False, int Other)>();
        var bars = new Dictionary<(double High, double Framed), (int Found, int Critical, int False, int Other)>();
        // held=abc scores only those writers (the others still train every model).
        var dumpAt = Array.IndexOf(args, "--dump");
        using var dump = dumpAt >= 0 && dumpAt + 1 < args.Length ? new StreamWriter(args[dumpAt + 1]) : null;
        var heldOut = args.FirstOrDefault(a => a.StartsWith("held=", StringComparison.Ordinal))?["held=".Length..];
        foreach (var held in corpora.Keys.Where(k => heldOut is null || heldOut.Contains(k, StringComparison.Ordinal)))
        {
            var trained = UrgencyModel.Train([.. corpora.Where(c => c.Key != held).SelectMany(c => c.Value).Select(r => new LabeledText(r.Text, r.Label)), .. Ordinary], options, subword)!;
            // The models for English texts, as shipped: the other writers' English sentences, the English writers' and the
            // everyday English texts.
            var foreignTrained = UrgencyModel.Train(
                [.. corpora.Where(c => c.Key != held).SelectMany(c => c.Value).Select(r => new LabeledText(r.Text, r.Label)).Concat(EnglishWriters).Concat(Ordinary).Where(r => UrgencyModel.IsForeign(r.Text))],
                options, subword)!;
            foreach (var w in new[] { 0, 0.25, 0.5, 0.75, 1 })
            {
                var blend = trained.With(w, vetoBoth);
                var withLexicon = new UrgencyClassifier(blend, foreignTrained.With(w, vetoBoth));
                foreach (var system in new[] { false, true })
                {
                    var levels = corpora[held].Select(r => (r.Label, Critical: system ? withLexicon.Assess(r.Text).Level == Urgency.Critical : blend.CriticalProbability(r.Text) >= 0.5)).ToList();
                    var (f, c, x, o) = blends.GetValueOrDefault((w, system));
                    blends[(w, system)] = (
                        f + levels.Count(l => l.Label == "critical" && l.Critical), c + levels.Count(l => l.Label == "critical"),
                        x + levels.Count(l => l.Label != "critical" && l.Critical), o + levels.Count(l => l.Label != "critical"));
                }
            }

            var model = trained.With(weight, vetoBoth);
            var foreign = foreignTrained.With(weight, vetoBoth);
            if (dump is not null)
            {
                UrgencyProbeDump.Write(dump, held, corpora[held], model, foreign);
                continue;
            }

            // The bars for overruling a lexicon high or a lexicon frame, at the shipped veto and promotion.
            foreach (var high in new[] { 0.5, 0.6, 0.7, 0.8, 0.9, 1.01 })
            {
                foreach (var framed in new[] { 0.5, 0.6, 0.7, 0.8, 0.9, 1.01 })
                {
                    var classifier = new UrgencyClassifier(model, foreign) { PromoteHighAt = high, PromoteFramedAt = framed };
                    var levels = corpora[held].Select(r => (r.Label, classifier.Assess(r.Text).Level)).ToList();
                    var (f, c, x, o) = bars.GetValueOrDefault((high, framed));
                    bars[(high, framed)] = (
                        f + levels.Count(l => l.Label == "critical" && l.Level == Urgency.Critical), c + levels.Count(l => l.Label == "critical"),
                        x + levels.Count(l => l.Label != "critical" && l.Level == Urgency.Critical), o + levels.Count(l => l.Label != "critical"));
                }
            }

            foreach (var either in new[] { 0.8, 0.85, 0.9, 0.95, 1.01 })
            {
                var classifier = new UrgencyClassifier(model, foreign) { PromoteEitherAt = either, ImminentHarmBarsVeto = imminent };
                var levels = corpora[held].Select(r => (r.Label, classifier.Assess(r.Text).Level)).ToList();
                var (f, c, x, o) = eithers.GetValueOrDefault(either);
                eithers[either] = (
                    f + levels.Count(l => l.Label == "critical" && l.Level == Urgency.Critical), c + levels.Count(l => l.Label == "critical"),
                    x + levels.Count(l => l.Label != "critical" && l.Level == Urgency.Critical), o + levels.Count(l => l.Label != "critical"));
            }

            // The bar for raising a text told only in the past (nothing ongoing), at the shipped veto and promotion.
            foreach (var past in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, double.PositiveInfinity })
            {
                var classifier = new UrgencyClassifier(model, foreign) { PromotePastAt = past, ImminentHarmBarsVeto = imminent };
                var levels = corpora[held].Select(r => (r.Label, classifier.Assess(r.Text).Level)).ToList();
                var (f, c, x, o) = pasts.GetValueOrDefault(past);
                pasts[past] = (
                    f + levels.Count(l => l.Label == "critical" && l.Level == Urgency.Critical), c + levels.Count(l => l.Label == "critical"),
                    x + levels.Count(l => l.Label != "critical" && l.Level == Urgency.Critical), o + levels.Count(l => l.Label != "critical"));
            }

            foreach (var veto in new[] { 0.0, 0.02, 0.05, 0.1 })
            {
                foreach (var promote in new[] { 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 1.01 })
                {
                    var classifier = new UrgencyClassifier(model, foreign) { PromoteAt = promote, VetoBelow = veto, ImminentHarmBarsVeto = imminent, PromotePastAt = pastBar };
                    var assessed = corpora[held].Select(r => (r.Label, r.Text, Assessment: classifier.Assess(r.Text))).ToList();
                    var levels = assessed.Select(a => (a.Label, a.Assessment.Level)).ToList();
                    if (args.Contains("--misses") && veto == UrgencyArbiterDefaults.Veto && promote == UrgencyArbiterDefaults.Promote)
                    {
                        var all = args.Contains("--all");
                        foreach (var (label, text, a) in assessed.Where(a => all || (a.Label == "critical") != (a.Assessment.Level == Urgency.Critical)))
                        {
                            var lin = model.Linear.Labels.ToList().IndexOf("critical");
                            var ps = new double[model.Linear.Labels.Count];
                            model.Linear.PredictProbabilities(text, ps);
                            var sub = model.Subword!.Probability(text, "critical");
                            Console.WriteLine($"{held} {((label == "critical") == (a.Level == Urgency.Critical) ? "RIGHT" : label == "critical" ? "MISS" : "FALSE")} {label}->{a.Level.ToString().ToLowerInvariant()} L{ps[lin]:F2} S{sub:F2} | {text.ReplaceLineEndings(" ")[..Math.Min(110, text.Length)]} | {a.Reason} | {Lexicon.Assess(text).Reason?.Split(':')[0]}");
                        }
                    }

                    var (f, c, x, o) = grid.GetValueOrDefault((veto, promote));
                    grid[(veto, promote)] = (
                        f + levels.Count(l => l.Label == "critical" && l.Level == Urgency.Critical), c + levels.Count(l => l.Label == "critical"),
                        x + levels.Count(l => l.Label != "critical" && l.Level == Urgency.Critical), o + levels.Count(l => l.Label != "critical"));
                }
            }
        }

        foreach (var (either, (found, critical, wrong, other)) in eithers)
        {
            Console.WriteLine($"either model alone promotes at {either:F2}: recall {found / (double)critical:F3}  false-critical {wrong / (double)other:P1} ({found}/{critical} found, {wrong}/{other} false)");
        }

        foreach (var ((w, system), (found, critical, wrong, other)) in blends)
        {
            Console.WriteLine($"{(system ? "lexicon + models" : "models alone, P >= 0.5")}, subword share {w:F2}: recall {found / (double)critical:F3}  false-critical {wrong / (double)other:P1} ({found}/{critical} found, {wrong}/{other} false)");
        }

        foreach (var ((veto, promote), (found, critical, wrong, other)) in grid)
        {
            Console.WriteLine($"veto {veto:F2} promote {promote:F2}: recall {found / (double)critical:F3}  false-critical {wrong / (double)other:P1} ({found}/{critical} found, {wrong}/{other} false)");
        }

        foreach (var (past, (found, critical, wrong, other)) in pasts)
        {
            Console.WriteLine($"promote-past {past:F2}: recall {found / (double)critical:F3}  false-critical {wrong / (double)other:P1} ({found}/{critical} found, {wrong}/{other} false)");
        }

        foreach (var ((high, framed), (found, critical, wrong, other)) in bars)
        {
            Console.WriteLine($"promote-high {high:F2} promote-framed {framed:F2}: recall {found / (double)critical:F3}  false-critical {wrong / (double)other:P1} ({found}/{critical} found, {wrong}/{other} false)");
        }

        return 0;
    }

    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    /// <summary>The English writers' sentences (<c>content/urgency/english-*.jsonl</c>): in every fold's English models, never held out.</summary>
    private static readonly IReadOnlyList<LabeledText> EnglishWriters =
        Directory.GetFiles(Path.Combine(RepoRoot.Find(), "content", "urgency"), "english-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(Read).Select(r => new LabeledText(r.Text, r.Label)).ToList();

    /// <summary>The catalog's everyday requests, in every fold's training as in the shipped training (never held out: they are
    /// no writer's); DASAN_PROBE_ORDINARY=0 leaves them out, to compare.</summary>
    private static readonly IReadOnlyList<LabeledText> Ordinary = Environment.GetEnvironmentVariable("DASAN_PROBE_ORDINARY") is "0" ? [] : OrdinaryRequests.Rows();

    /// <summary>The shipped thresholds (<c>UrgencyArbiter</c> is internal to Dasan.Ai).</summary>
    private static class UrgencyArbiterDefaults
    {
        public const double Veto = 0.05;
        public const double Promote = 0.25;
        public const double Past = 0.8;
    }

    private static List<(string Label, string Text)> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("label").GetString()!, UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()))).ToList();
}
