using System.Text.Json;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary>Critical recall and false-critical rate of the urgency classifier on a written sentence set.</summary>
public sealed record UrgencyQuality(string Set, int N, int Critical, int CriticalFound, int NonCritical, int FalseCritical, int Agree)
{
    public double CriticalRecall => Critical == 0 ? 0 : CriticalFound / (double)Critical;
    public double FalseCriticalRate => NonCritical == 0 ? 0 : FalseCritical / (double)NonCritical;
    public double Accuracy => N == 0 ? 0 : Agree / (double)N;

    /// <summary>Scores <paramref name="path"/>; misses are printed only when <paramref name="showMisses"/> (the tuning set).</summary>
    public static UrgencyQuality? Measure(UrgencyClassifier classifier, string path, bool showMisses)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        int n = 0, critical = 0, found = 0, nonCritical = 0, falseCritical = 0, agree = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var row = JsonDocument.Parse(line).RootElement;
            var label = row.GetProperty("label").GetString();
            var result = classifier.Assess(row.GetProperty("title").GetString(), row.GetProperty("body").GetString());
            var predicted = result.Level.ToString().ToLowerInvariant();
            n++;
            agree += predicted == label ? 1 : 0;
            if (label == "critical")
            {
                critical++;
                found += result.Level == Urgency.Critical ? 1 : 0;
            }
            else
            {
                nonCritical++;
                falseCritical += result.Level == Urgency.Critical ? 1 : 0;
            }

            if (showMisses && predicted != label)
            {
                Console.WriteLine($"    miss {(row.TryGetProperty("id", out var id) ? id.GetString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture))} {label}/{row.GetProperty("category").GetString()} → {predicted} ({result.Reason}) | {row.GetProperty("title").GetString()} | {row.GetProperty("body").GetString()}");
            }
        }

        return new UrgencyQuality(Path.GetFileNameWithoutExtension(path), n, critical, found, nonCritical, falseCritical, agree);
    }

    public override string ToString() =>
        $"{Set,-8} n={N}  critical recall {CriticalRecall:F3} ({CriticalFound}/{Critical})  false-critical {FalseCriticalRate:P1} ({FalseCritical}/{NonCritical})  3-level accuracy {Accuracy:F3}";
}
