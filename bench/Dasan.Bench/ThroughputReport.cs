using System.Diagnostics;
using Dasan.Ai.Triage;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary>Single-thread triage throughput (mask + tokenise + route) over the proposal texts, next to fastText predict.</summary>
public static class ThroughputReport
{
    private static readonly Dasan.Korean.Normalization.TextNormalizer Normalizer = new();
    private static readonly Dasan.Korean.PersonalData.PersonalDataDetector Detector = new();

    /// <summary>What intake does before triage: clean (HTML, Unicode, whitespace) and mask; then the triage itself.</summary>
    private static void Route(TriageEngine engine, KoreanTextPipeline pipeline, string text)
    {
        var parts = text.Split('\n', 2);
        engine.Triage(Mask(parts[0]), Mask(parts.Length > 1 ? parts[1] : ""), []);
    }

    private static string Mask(string raw)
    {
        var clean = Normalizer.Normalize(raw).Text;
        return Dasan.Korean.PersonalData.PersonalDataMasker.Mask(clean, Detector.Detect(clean));
    }

    public static void Print(TriageEngine engine, KoreanTextPipeline pipeline, IReadOnlyList<string> texts)
    {
        foreach (var t in texts.Take(200))
        {
            Route(engine, pipeline, t);
        }

        var watch = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            Route(engine, pipeline, t);
        }

        var dasan = texts.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"throughput: Dasan triage {dasan:F0} requests/s single thread over {texts.Count} proposals, clean + mask + triage (target 1,000)");
        var fast = FastTextTiming.PredictPerSecond(texts);
        if (fast is { } f)
        {
            Console.WriteLine($"            fastText predict {f:F0} requests/s on the same texts; ratio Dasan/fastText {dasan / f:F2}");
        }
    }
}
