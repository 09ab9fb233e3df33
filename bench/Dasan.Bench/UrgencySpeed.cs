using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Bench;

/// <summary><c>urgency --speed</c>: microseconds per assessment on the tuning sentences, for the whole classifier and for
/// each of its parts (the lexicon, the linear model, the subword model), on one thread after a warm-up.</summary>
public static class UrgencySpeed
{
    public static int Run(string path, bool wholeOnly = false)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"missing {path}");
            return 1;
        }

        var texts = File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => UrgencyModel.Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString())).ToList();
        var full = new UrgencyClassifier();
        var lexicon = new UrgencyClassifier(useModel: false);
        var model = UrgencyModel.Instance ?? throw new InvalidOperationException("no urgency model");
        var parts = new (string Name, Action<string> Assess)[]
        {
            ("whole classifier", t => full.Assess(t)),
            ("lexicon only", t => lexicon.Assess(t)),
            ("linear model only", t => model.Linear.Predict(t, 1)),
            ("subword model only", t => model.Subword?.Probability(t, "critical")),
        };
        if (wholeOnly)
        {
            parts = parts[..1];
        }

        Console.WriteLine($"{texts.Count} sentences, mean {texts.Average(t => t.Length):F0} characters");
        // Every part runs for a while before any is timed: the runtime recompiles hot methods in its first seconds (tiered JIT).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(5))
        {
            Array.ForEach(parts, p => texts.ForEach(p.Assess));
        }

        foreach (var (name, assess) in parts)
        {
            var clock = Stopwatch.StartNew();
            var rounds = 0;
            while (clock.Elapsed < TimeSpan.FromSeconds(3))
            {
                texts.ForEach(assess);
                rounds++;
            }

            var micros = clock.Elapsed.TotalMicroseconds / (rounds * texts.Count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-20} {micros,8:F1} µs per text ({1_000_000 / micros,8:F0} per second on one thread)"));
        }

        return 0;
    }
}
