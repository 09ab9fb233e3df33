using System.Text.Json;
using Dasan.Ai.Triage;

namespace Dasan.Bench.Quality;

/// <summary>Routing figures of one labelled slice: domain and department top-k, and the risk–coverage curve.</summary>
public sealed record RoutingQuality(string Slice, int N, double DomainTop1, double DomainTop3, double DepartmentTop1, double DepartmentTop3,
    IReadOnlyList<(double Coverage, double DomainAccuracy, double DepartmentAccuracy, double Threshold)> Curve)
{
    public static readonly double[] Coverages = [1.0, 0.9, 0.8, 0.7, 0.6, 0.5];

    /// <summary>Scores <paramref name="labelsPath"/> (ids + labels) with any ranking function over masked title and body.</summary>
    public static RoutingQuality? Measure(string slice, string labelsPath, Dictionary<string, (int Line, string Title, string Body)> texts,
        Func<string, string, (IReadOnlyList<string> Domains, IReadOnlyList<string> Departments, double Confidence)> rank)
    {
        if (!File.Exists(labelsPath))
        {
            return null;
        }

        var rows = new List<(bool D1, bool D3, bool U1, bool U3, double Confidence)>();
        foreach (var line in File.ReadLines(labelsPath).Where(l => l.Length > 0))
        {
            var label = JsonDocument.Parse(line).RootElement;
            if (!texts.TryGetValue(label.GetProperty("id").GetString()!, out var text))
            {
                continue;
            }

            var domain = label.GetProperty("domain").GetString();
            var department = label.GetProperty("department").GetString();
            var (domains, departments, confidence) = rank(text.Title, text.Body);
            rows.Add((domains.Count > 0 && domains[0] == domain, domains.Take(3).Contains(domain),
                departments.Count > 0 && departments[0] == department, departments.Take(3).Contains(department), confidence));
        }

        var n = rows.Count;
        var ordered = rows.OrderByDescending(r => r.Confidence).ToList();
        var curve = Coverages.Select(c =>
        {
            var kept = ordered.Take(Math.Max(1, (int)Math.Round(c * n))).ToList();
            return (c, kept.Count(r => r.D1) / (double)kept.Count, kept.Count(r => r.U1) / (double)kept.Count, kept[^1].Confidence);
        }).ToList();
        return new RoutingQuality(slice, n, Rate(rows, r => r.D1), Rate(rows, r => r.D3), Rate(rows, r => r.U1), Rate(rows, r => r.U3), curve);
    }

    public static Func<string, string, (IReadOnlyList<string>, IReadOnlyList<string>, double)> For(TriageEngine engine) => (title, body) =>
    {
        var outcome = engine.Triage(title, body, []);
        return (outcome.Routing.Domains.Select(d => d.Domain).ToList(), outcome.Routing.Units.Select(u => u.Name).ToList(), outcome.Confidence);
    };

    public (double Domain, double Department) At80 => (Curve.First(c => c.Coverage == 0.8).DomainAccuracy, Curve.First(c => c.Coverage == 0.8).DepartmentAccuracy);

    private static double Rate<T>(List<T> rows, Func<T, bool> hit) => rows.Count == 0 ? 0 : rows.Count(hit) / (double)rows.Count;
}
