using System.Diagnostics;
using Dasan.Ai.Radar;
using Dasan.Ai.Triage;
using Dasan.Core.Departments;
using Dasan.Korean;
using Dasan.Korean.Places;

namespace Dasan.Bench;

/// <summary>Time per step of the radar's per-item analysis, single thread, on petition titles.</summary>
public static class RadarProfile
{
    public static void Print(string folder, int count)
    {
        var titles = RadarData.Petitions(folder).Take(count).Select(i => i.Title).ToList();
        var engine = new TriageEngine(CatalogReader.Shipped(), new TriageOptions());
        engine.Warm();
        var pipeline = new KoreanTextPipeline();
        var phrases = new KeyPhraseExtractor();
        var analyzer = new RadarItemAnalyzer(engine);
        Step("normalise + mask", titles, t => pipeline.MaskSource(pipeline.Normalize(t).Text));
        Step("key phrases", titles, t => phrases.Extract(t));
        Step("districts", titles, t => SeoulDistricts.Mentioned(t));
        Step("triage", titles, t => engine.Triage(t, "", []));
        var router = Dasan.Ai.Triage.Routing.CatalogRouter.Build(CatalogReader.Shipped());
        Step("router only", titles, t => router.Route(t, 0));
        Step("whole analyzer", titles, t => analyzer.Analyze(t, null));
    }

    private static void Step(string name, List<string> titles, Func<string, object> step)
    {
        step(titles[0]);
        var watch = Stopwatch.StartNew();
        foreach (var t in titles)
        {
            step(t);
        }

        Console.WriteLine($"  {name,-18} {watch.Elapsed.TotalMicroseconds / titles.Count,8:F0} µs/item");
    }
}
