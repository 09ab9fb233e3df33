using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary>
/// <c>urgency-english-probe</c>: would models trained on English texts alone read English better than the shipped ones,
/// trained on everything? Leave one writer out over the Korean training writers (their English sentences) and the English
/// writers (<c>content/urgency/english-*.jsonl</c>): each writer's English sentences are scored with the lexicon and, as
/// the baseline, models trained on the other Korean writers and the everyday texts (as the Korean texts are read), or
/// models trained on the other writers' English sentences only (as shipped for English), at the shipped bar and higher ones.
/// </summary>
public static class UrgencyEnglishProbe
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        var folder = Path.Combine(root, "content", "urgency");
        var korean = Directory.GetFiles(folder, "training-*.jsonl").Order(StringComparer.Ordinal).ToDictionary(Name, Read);
        var english = Directory.GetFiles(folder, "english-*.jsonl").Order(StringComparer.Ordinal).ToDictionary(Name, Read);
        var all = korean.Concat(english).ToDictionary(p => p.Key, p => p.Value);
        var ordinary = OrdinaryRequests.Rows();
        var totals = new Dictionary<string, (int Found, int Critical, int False, int Other)>();
        foreach (var (held, rows) in all)
        {
            var englishRows = rows.Where(r => UrgencyModel.IsForeign(r.Text)).ToList();
            if (englishRows.Count == 0)
            {
                continue;
            }

            var baseline = UrgencyModel.Train([.. korean.Where(c => c.Key != held).SelectMany(c => c.Value), .. ordinary])!;
            var englishOnly = all.Where(c => c.Key != held).SelectMany(c => c.Value).Where(r => UrgencyModel.IsForeign(r.Text)).ToList();
            var candidate = UrgencyModel.Train([.. englishOnly, .. ordinary.Where(r => UrgencyModel.IsForeign(r.Text))])!;
            var bars = args.Contains("--bars") ? new[] { 0.3, 0.35, 0.4, 0.5 } : [];
            var variants = bars.Select(bar => ($"English-only, bar {bar:F2}", new UrgencyClassifier(candidate) { PromoteAt = bar }));
            foreach (var (name, classifier) in new[] { ("Korean-trained models", new UrgencyClassifier(baseline)), ("English-only models", new UrgencyClassifier(candidate)) }.Concat(variants))
            {
                var levels = englishRows.Select(r => (r.Label, Critical: classifier.Assess(r.Text).Level == Urgency.Critical)).ToList();
                if (args.Contains("--misses") && name == "English-only models")
                {
                    PrintMisses(held, englishRows, levels.Select(l => l.Critical).ToList(), classifier);
                }

                var (f, c, x, o) = totals.GetValueOrDefault(name);
                var found = levels.Count(l => l.Label == "critical" && l.Critical);
                var dangers = levels.Count(l => l.Label == "critical");
                var wrong = levels.Count(l => l.Label != "critical" && l.Critical);
                Console.WriteLine($"{held,-3} {name,-20} {found}/{dangers} found, {wrong}/{levels.Count - dangers} false");
                totals[name] = (f + found, c + dangers, x + wrong, o + levels.Count - dangers);
            }
        }

        foreach (var (name, (found, critical, wrong, other)) in totals)
        {
            Console.WriteLine($"{name}: recall {found / (double)critical:F3}  false-critical {wrong / (double)other:P1} ({found}/{critical} found, {wrong}/{other} false)");
        }

        return 0;
    }

    /// <summary>Each danger missed and each false alarm, with the lexicon's reason (<c>--misses</c>).</summary>
    private static void PrintMisses(string held, List<LabeledText> rows, List<bool> critical, UrgencyClassifier classifier)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if ((rows[i].Label == "critical") != critical[i])
            {
                var kind = critical[i] ? "FALSE" : "MISSED";
                var assessment = classifier.Assess(rows[i].Text);
                Console.WriteLine($"  {kind} {held} [{assessment.Reason}] {rows[i].Text.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static string Name(string path) => Path.GetFileNameWithoutExtension(path);

    private static List<LabeledText> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => new LabeledText(UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()), e.GetProperty("label").GetString()!)).ToList();
}
