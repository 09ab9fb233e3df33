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
                Console.WriteLine($"{classifier.Assess(line)} | lexicon {lexicon.Assess(line)} | p={Dasan.Ai.Triage.Urgency.UrgencyModel.CriticalProbability(Dasan.Ai.Triage.Urgency.UrgencyModel.Instance!, line):F2}");
            }

            return 0;
        }

        var tuning = UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", "tuning.jsonl"), args.Contains("--misses"));
        var report = UrgencyQuality.Measure(classifier, Path.Combine(root, "eval", "urgency", "report.jsonl"), showMisses: false);
        Console.WriteLine(tuning);
        Console.WriteLine(report);
        return 0;
    }
}
