using Dasan.Ai.Learning;
using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Domains;
using Dasan.Core.Departments;

namespace Dasan.Bench.Quality;

/// <summary>Routing figures of <c>ai-quality</c>: Dasan (catalog alone, and with the domain model) next to fastText trained on the same rows.</summary>
public static class RoutingSection
{
    public static List<(string Name, RoutingQuality Tuning, RoutingQuality Report)> Run(EvalProtocol protocol, FastTextRanker? domains, FastTextRanker? units)
    {
        var texts = protocol.Proposals();
        var catalog = CatalogReader.Shipped();
        var results = new List<(string, RoutingQuality, RoutingQuality)>();
        foreach (var (name, options) in new[] { ("Dasan, catalog only", new TriageOptions { DomainModelWeight = 0 }), ("Dasan (catalog + domain model)", new TriageOptions()) })
        {
            var engine = new TriageEngine(catalog, options);
            results.Add((name, Measure("tuning", protocol.TuningLabels, texts, RoutingQuality.For(engine)), Measure("report", protocol.ReportLabels, texts, RoutingQuality.For(engine))));
        }

        if (domains is null || units is null)
        {
            return results;
        }

        var rank = FastText(domains, units, texts);
        results.Add(("fastText (same rows, autotuned)", Measure("tuning", protocol.TuningLabels, texts, rank), Measure("report", protocol.ReportLabels, texts, rank)));
        return results;
    }

    /// <summary>Department rows for fastText: the catalog's examples, keywords and duty sentences and the guides' sections, by unit name.</summary>
    public static IEnumerable<LabeledText> UnitRows(CatalogDocument catalog, EvalProtocol protocol)
    {
        var units = catalog.Units.Select(u => u.Name).ToHashSet();
        foreach (var u in catalog.Units)
        {
            foreach (var text in u.Examples.Concat(u.Keywords).Concat(u.Duties.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                yield return new LabeledText(text, u.Name);
            }
        }

        foreach (var (_, title, markdown) in protocol.Knowledge())
        {
            var department = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("department:", StringComparison.Ordinal))?[11..].Trim();
            if (department is not null && units.Contains(department))
            {
                foreach (var section in markdown.Split("\n## ").Skip(1))
                {
                    yield return new LabeledText(title + " " + (section.Length > 600 ? section[..600] : section), department);
                }
            }
        }
    }

    private static Func<string, string, (IReadOnlyList<string>, IReadOnlyList<string>, double)> FastText(FastTextRanker domains, FastTextRanker units, Dictionary<string, (int Line, string Title, string Body)> texts)
    {
        // fastText runs as a process per call: predict every proposal once, then look the answers up.
        var keys = texts.Keys.ToList();
        var inputs = keys.Select(k => DomainBlender.Text(texts[k].Title, texts[k].Body)).ToList();
        var d = domains.Predict(inputs, 12);
        var u = units.Predict(inputs, 3);
        var byText = keys.Select((k, i) => (Key: texts[k].Title + "\u0001" + texts[k].Body, D: d[i], U: u[i])).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First());
        return (title, body) =>
        {
            var hit = byText[title + "\u0001" + body];
            return (hit.D.Select(x => x.Label).ToList(), hit.U.Select(x => x.Label).ToList(), hit.D[0].P);
        };
    }

    private static RoutingQuality Measure(string slice, string path, Dictionary<string, (int Line, string Title, string Body)> texts,
        Func<string, string, (IReadOnlyList<string>, IReadOnlyList<string>, double)> rank) =>
        RoutingQuality.Measure(slice, path, texts, rank) ?? throw new FileNotFoundException("labels missing", path);
}
