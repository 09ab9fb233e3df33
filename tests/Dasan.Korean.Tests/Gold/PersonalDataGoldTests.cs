using Dasan.Korean.PersonalData;
using Xunit.Abstractions;

namespace Dasan.Korean.Tests.Gold;

public sealed class PersonalDataGoldTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.98;
    private const double MinRecall = 0.95;

    [Fact]
    public void Detect_WhenRunOnGoldSet_MeetsPrecisionAndRecall()
    {
        var examples = GoldFile.Read<PersonalDataExample>("personal-data.jsonl");
        var detector = new PersonalDataDetector();
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>();
        var errors = new List<string>();
        foreach (var example in examples)
        {
            var gold = example.Spans.Select(s => (s.Type, Start: Locate(example.Text, s), s.Text.Length)).ToHashSet();
            var found = detector.Detect(example.Text).Select(f => (Type: f.Type.ToString(), f.Start, f.Length)).ToHashSet();
            foreach (var hit in found)
            {
                Count(counts, hit.Type, gold.Contains(hit) ? 1 : 0, gold.Contains(hit) ? 0 : 1, 0);
                if (!gold.Contains(hit))
                {
                    errors.Add($"FP {hit.Type} '{example.Text.Substring(hit.Start, hit.Length)}' in: {example.Text}");
                }
            }

            foreach (var miss in gold.Where(g => !found.Contains(g)))
            {
                Count(counts, miss.Type, 0, 0, 1);
                errors.Add($"FN {miss.Type} '{example.Text.Substring(miss.Start, miss.Length)}' in: {example.Text}");
            }
        }

        var total = (Tp: counts.Values.Sum(c => c.Tp), Fp: counts.Values.Sum(c => c.Fp), Fn: counts.Values.Sum(c => c.Fn));
        output.WriteLine($"{examples.Count} sentences, {examples.Count(e => e.Spans.Count == 0)} without personal data");
        output.WriteLine($"{"type",-28} {"gold",5} {"tp",5} {"fp",5} {"fn",5} {"prec",7} {"recall",7}");
        foreach (var (type, c) in counts.OrderBy(c => c.Key, StringComparer.Ordinal).Append(new("OVERALL", total)))
        {
            output.WriteLine($"{type,-28} {c.Tp + c.Fn,5} {c.Tp,5} {c.Fp,5} {c.Fn,5} {Ratio(c.Tp, c.Tp + c.Fp),7:0.000} {Ratio(c.Tp, c.Tp + c.Fn),7:0.000}");
        }

        errors.ForEach(output.WriteLine);
        Assert.True(examples.Count >= 300, "The gold set must hold at least 300 sentences.");
        Assert.True(Ratio(total.Tp, total.Tp + total.Fp) >= MinPrecision, $"Precision below {MinPrecision}");
        Assert.True(Ratio(total.Tp, total.Tp + total.Fn) >= MinRecall, $"Recall below {MinRecall}");
    }

    private static int Locate(string text, GoldSpan span) =>
        span.Start + span.Text.Length <= text.Length && string.CompareOrdinal(text, span.Start, span.Text, 0, span.Text.Length) == 0
            ? span.Start
            : text.IndexOf(span.Text, StringComparison.Ordinal);

    private static void Count(Dictionary<string, (int Tp, int Fp, int Fn)> counts, string type, int tp, int fp, int fn)
    {
        var c = counts.GetValueOrDefault(type);
        counts[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 1.0 : (double)numerator / denominator;
}
