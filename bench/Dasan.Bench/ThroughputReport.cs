using System.Diagnostics;
using Dasan.Ai.Triage.Routing;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary>Single-thread triage throughput (mask + tokenise + route) over the proposal texts, next to fastText predict.</summary>
public static class ThroughputReport
{
    public static void Print(CatalogRouter router, KoreanTextPipeline pipeline, IReadOnlyList<string> texts)
    {
        foreach (var t in texts.Take(200))
        {
            router.Route(pipeline.Analyze(t).Masked);
        }

        var watch = Stopwatch.StartNew();
        foreach (var t in texts)
        {
            router.Route(pipeline.Analyze(t).Masked);
        }

        var dasan = texts.Count / watch.Elapsed.TotalSeconds;
        Console.WriteLine($"throughput: Dasan triage {dasan:F0} requests/s single thread over {texts.Count} proposals (target 1,000)");
        var fast = FastTextTiming.PredictPerSecond(texts);
        if (fast is { } f)
        {
            Console.WriteLine($"            fastText predict {f:F0} requests/s on the same texts; ratio Dasan/fastText {dasan / f:F2}");
        }
    }
}
