using Dasan.Ai.Triage.Urgency;
using Dasan.Bench.Quality;

namespace Dasan.Bench;

/// <summary>
/// <c>urgency-traffic [--list]</c>: how often everyday citizen text is rated critical. Real proposals (민주주의 서울) and
/// petition titles are policy ideas and complaints, not emergencies, so every critical among them is, with rare
/// exceptions, a false alarm the duty desk would get: the rate is an upper bound on false alarms in ordinary traffic,
/// which the written corpora (dangers and their hard negatives) do not measure. Split as ADR 0107: proposals on lines
/// 1 or 7 mod 13 are the routing's evaluation slices and are only counted (line 7 is reporting); the rest may be read
/// (<c>--list</c> prints them; <c>--dump FILE</c> writes what the arbiter weighed for each). Petitions filed before the cutoff
/// may be read, later ones are only counted.
/// </summary>
public static class UrgencyTraffic
{
    public static int Run(string[] args)
    {
        var protocol = EvalProtocol.Open();
        if (protocol is null)
        {
            return 0;
        }

        // --written-only: models trained on the writers' sentences alone (without the catalog's everyday requests), to compare.
        var model = args.Contains("--written-only") ? UrgencyModel.Train(UrgencyModel.WrittenRows())! : UrgencyModel.Instance!;
        // promote=P veto=V: other bars than the shipped ones, to compare.
        var bars = args.Where(a => a.Contains('=')).ToDictionary(a => a.Split('=')[0], a => double.Parse(a.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
        var shipped = new UrgencyClassifier(model);
        var classifier = new UrgencyClassifier(model) { PromoteAt = bars.GetValueOrDefault("promote", shipped.PromoteAt), VetoBelow = bars.GetValueOrDefault("veto", shipped.VetoBelow) };
        var list = args.Contains("--list");
        var dumpAt = Array.IndexOf(args, "--dump");
        if (dumpAt >= 0 && dumpAt + 1 < args.Length)
        {
            // The readable slices only, one JSON line per text with what the arbiter weighed (as urgency-probe --dump).
            using var dump = new StreamWriter(args[dumpAt + 1]);
            UrgencyProbeDump.Write(dump, "proposals", protocol.Proposals().Values.Where(p => !EvalProtocol.IsEvaluationLine(p.Line)).Select(p => ("normal", UrgencyModel.Text(p.Title, p.Body))), model);
            UrgencyProbeDump.Write(dump, "petitions", protocol.Petitions().Where(p => p.Filed < EvalProtocol.PetitionCutoff).Select(p => ("normal", UrgencyModel.Text(p.Title, ""))), model);
            return 0;
        }

        var proposals = protocol.Proposals().Values.ToList();
        Measure("proposals, readable (not 1 or 7 mod 13)", proposals.Where(p => !EvalProtocol.IsEvaluationLine(p.Line)).Select(p => UrgencyModel.Text(p.Title, p.Body)), classifier, list);
        Measure("proposals, routing tuning slice (1 mod 13)", proposals.Where(p => p.Line % 13 == 1).Select(p => UrgencyModel.Text(p.Title, p.Body)), classifier, false);
        Measure("proposals, routing reporting slice (7 mod 13)", proposals.Where(p => p.Line % 13 == 7).Select(p => UrgencyModel.Text(p.Title, p.Body)), classifier, false);
        var petitions = protocol.Petitions().ToList();
        Measure("petition titles filed before the cutoff", petitions.Where(p => p.Filed < EvalProtocol.PetitionCutoff).Select(p => UrgencyModel.Text(p.Title, "")), classifier, list);
        Measure("petition titles filed from the cutoff (reporting)", petitions.Where(p => p.Filed >= EvalProtocol.PetitionCutoff).Select(p => UrgencyModel.Text(p.Title, "")), classifier, false);
        return 0;
    }

    private static void Measure(string name, IEnumerable<string> texts, UrgencyClassifier classifier, bool list)
    {
        var all = texts.ToList();
        var flagged = new List<(string Text, UrgencyAssessment A)>();
        var byModel = 0;
        foreach (var text in all)
        {
            var a = classifier.Assess(text);
            if (a.Level == Urgency.Critical)
            {
                flagged.Add((text, a));
                byModel += a.Reason?.Contains("AI 모델 판단", StringComparison.Ordinal) == true ? 1 : 0;
            }
        }

        Console.WriteLine($"{name}: n={all.Count}  rated critical {flagged.Count} ({1000.0 * flagged.Count / Math.Max(1, all.Count):F1} per 1,000; {byModel} by the models alone)");
        if (list)
        {
            foreach (var (text, a) in flagged)
            {
                var flat = text.ReplaceLineEndings(" ");
                Console.WriteLine($"    {a.Reason} [{string.Join(',', a.Cues)}] | {flat[..Math.Min(140, flat.Length)]}");
            }
        }
    }
}
