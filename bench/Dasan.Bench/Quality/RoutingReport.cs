using Dasan.Ai.Triage;
using Dasan.Core.Departments;

namespace Dasan.Bench.Quality;

/// <summary><c>routing-quality</c>: the router with and without the domain model on the tuning and reporting slices.</summary>
public static class RoutingReport
{
    public static int Run(string[] args)
    {
        var protocol = EvalProtocol.Open();
        if (protocol is null)
        {
            return 0;
        }

        var texts = protocol.Proposals();
        var catalog = CatalogReader.Shipped();
        var engines = new (string Name, TriageEngine Engine)[]
        {
            ("catalog router only", new TriageEngine(catalog, new TriageOptions { DomainModelWeight = 0 })),
            ("catalog + domain model", new TriageEngine(catalog, new TriageOptions())),
        };
        foreach (var (name, engine) in engines)
        {
            Console.WriteLine(name);
            foreach (var (slice, path) in new[] { ("tuning", protocol.TuningLabels), ("report", protocol.ReportLabels) })
            {
                Print(RoutingQuality.Measure(slice, path, texts, RoutingQuality.For(engine)));
            }
        }

        return 0;
    }

    public static void Print(RoutingQuality? q)
    {
        if (q is null)
        {
            return;
        }

        Console.WriteLine($"  {q.Slice,-7} n={q.N,4}  domain top-1 {q.DomainTop1:F3} top-3 {q.DomainTop3:F3}  department top-1 {q.DepartmentTop1:F3} top-3 {q.DepartmentTop3:F3}  " +
            $"at 80% coverage: domain {q.At80.Domain:F3} department {q.At80.Department:F3}");
    }
}
