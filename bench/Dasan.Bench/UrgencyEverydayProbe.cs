using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;
using Dasan.Bench.Quality;

namespace Dasan.Bench;

/// <summary>
/// <c>urgency-everyday-probe</c>: would a second model, one that tells danger-domain text from everyday business, stop the
/// urgency models raising everyday text to critical without losing dangers? Leaving one writer out, the urgency models and
/// the domain model are trained on the other writers (and the domain model on the catalog's everyday examples); a models-only
/// critical is lowered when the domain model gives everyday at least t. Everyday text held out: everyday-n when the domain
/// model is trained with everyday-m, and the readable slices of proposals and petitions (ADR 0107).
/// </summary>
public static class UrgencyEverydayProbe
{
    private static readonly double[] Bars = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01];

    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var corpora = Directory.GetFiles(Path.Combine(root, "content", "urgency"), "training-*.jsonl").Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p)["training-".Length..], p => Read(p).ToList());
        var everydayM = Read(Path.Combine(root, "eval", "urgency", "everyday-m.jsonl")).Select(r => r.Text).ToList();
        var everydayN = Read(Path.Combine(root, "eval", "urgency", "everyday-n.jsonl")).Select(r => r.Text).ToList();
        var catalog = OrdinaryRequests.Rows().Select(r => r.Text).ToList();
        var criticalOnly = args.Contains("--critical-only");
        var withM = args.Contains("--with-m");
        var domainOptions = UrgencyModel.LinearOptions with { BalanceLabels = true };
        var counts = Bars.ToDictionary(b => b, _ => (Found: 0, Critical: 0, False: 0, Other: 0));
        foreach (var held in corpora.Keys)
        {
            var others = corpora.Where(c => c.Key != held).SelectMany(c => c.Value).ToList();
            var urgency = UrgencyModel.Train([.. others.Select(r => new LabeledText(r.Text, r.Label)), .. OrdinaryRequests.Rows()])!;
            var domain = TrainDomain(others, catalog, withM ? everydayM : [], criticalOnly, domainOptions);
            var classifier = new UrgencyClassifier(urgency);
            var lost = new List<string>();
            foreach (var (label, text) in corpora[held])
            {
                var a = classifier.Assess(text);
                var everyday = ModelsOnly(a) ? Everyday(domain, text) : 0;
                foreach (var bar in Bars)
                {
                    var critical = a.Level == Urgency.Critical && !(ModelsOnly(a) && everyday >= bar);
                    var c = counts[bar];
                    counts[bar] = label == "critical"
                        ? (c.Found + (critical ? 1 : 0), c.Critical + 1, c.False, c.Other)
                        : (c.Found, c.Critical, c.False + (critical ? 1 : 0), c.Other + 1);
                }

                if (args.Contains("--list-models-only") && label == "critical" && ModelsOnly(a) && Lexicon.Assess(text).Reason is null)
                {
                    Console.WriteLine($"    MODELS-ONLY-NO-CUE {held} {a.Confidence:P0} | {text.ReplaceLineEndings(" ").Trim()}");
                }

                if (label == "critical" && ModelsOnly(a) && everyday >= 0.8)
                {
                    lost.Add($"    {held} lost at 0.80 ({everyday:P0}): {text.ReplaceLineEndings(" ").Trim()}");
                }
            }

            Console.WriteLine($"writer {held} held out: {lost.Count} dangers the models alone found would be lowered at 0.80");
            lost.ForEach(Console.WriteLine);
        }

        foreach (var (bar, c) in counts)
        {
            Console.WriteLine($"leave one writer out, lower a models-only critical at everyday >= {bar:F2}: {c.Found}/{c.Critical} found, {c.False}/{c.Other} false");
        }

        var full = UrgencyModel.Instance!;
        var all = corpora.Values.SelectMany(v => v).ToList();
        var domainAll = TrainDomain(all, catalog, withM ? everydayM : [], criticalOnly, domainOptions);
        var shipped = new UrgencyClassifier(full);
        Everyday("everyday-n (never trained on)", everydayN, shipped, domainAll);
        if (!withM)
        {
            Everyday("everyday-m (never trained on)", everydayM, shipped, domainAll);
        }

        if (EvalProtocol.Open() is { } protocol)
        {
            Everyday("proposals, readable", protocol.Proposals().Values.Where(p => !EvalProtocol.IsEvaluationLine(p.Line)).Select(p => UrgencyModel.Text(p.Title, p.Body)).ToList(), shipped, domainAll);
            Everyday("petition titles before the cutoff", protocol.Petitions().Where(p => p.Filed < EvalProtocol.PetitionCutoff).Select(p => UrgencyModel.Text(p.Title, "")).ToList(), shipped, domainAll);
        }

        return 0;
    }

    private static TrainedTextClassifier TrainDomain(List<(string Label, string Text)> written, List<string> catalog, List<string> extra, bool criticalOnly, TextClassifierOptions options) =>
        new TextClassifierTrainer(options).Train([
            .. written.Where(r => !criticalOnly || r.Label == "critical").Select(r => new LabeledText(r.Text, "danger")),
            .. catalog.Concat(extra).Select(t => new LabeledText(t, "everyday")),
        ]);

    private static void Everyday(string name, List<string> texts, UrgencyClassifier classifier, TrainedTextClassifier domain)
    {
        var assessed = texts.Select(t => (Text: t, A: classifier.Assess(t))).ToList();
        var critical = assessed.Count(a => a.A.Level == Urgency.Critical);
        var line = string.Join("  ", Bars.Select(b => $"{b:F2}: {1000.0 * (critical - assessed.Count(a => a.A.Level == Urgency.Critical && ModelsOnly(a.A) && Everyday(domain, a.Text) >= b)) / texts.Count:F1}"));
        Console.WriteLine($"{name}: n={texts.Count}  critical per 1,000 now {1000.0 * critical / texts.Count:F1}; with the domain model lowering at  {line}");
    }

    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    private static bool ModelsOnly(UrgencyAssessment a) => a.Level == Urgency.Critical && a.Reason?.Contains("AI 모델 판단", StringComparison.Ordinal) == true;

    private static double Everyday(TrainedTextClassifier domain, string text)
    {
        Span<double> p = stackalloc double[domain.Labels.Count];
        domain.PredictProbabilities(text, p);
        for (var i = 0; i < domain.Labels.Count; i++)
        {
            if (domain.Labels[i] == "everyday")
            {
                return p[i];
            }
        }

        return 0;
    }

    private static IEnumerable<(string Label, string Text)> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("label").GetString()!, UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString())));
}
