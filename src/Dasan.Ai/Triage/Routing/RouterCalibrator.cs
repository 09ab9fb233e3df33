using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Dasan.Core.Departments;

namespace Dasan.Ai.Triage.Routing;

/// <summary>
/// Fits the softmax temperature by k-fold cross-validation over the catalog's own example requests:
/// each fold's examples are routed by a router built without them, and the temperature that minimises
/// the log loss of the right unit is kept. No citizen data is needed, so it runs on every catalog load.
/// </summary>
public static class RouterCalibrator
{
    private const int Remembered = 8;
    private static readonly ConcurrentDictionary<string, Lazy<(CatalogRouter, CalibrationSummary)>> Built = new(StringComparer.Ordinal);

    /// <summary>
    /// <see cref="BuildCalibrated"/> with the default settings, once per catalog content in the process: every engine of a
    /// process (each server a test run starts, each node of a bench) shares the router, which never changes once built.
    /// </summary>
    public static (CatalogRouter Router, CalibrationSummary Summary) ForCatalog(CatalogDocument catalog)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(catalog)));
        if (Built.Count >= Remembered && !Built.ContainsKey(key))
        {
            Built.Clear(); // catalogs edited again and again during a long run: keep memory bounded
        }

        return Built.GetOrAdd(key, _ => new Lazy<(CatalogRouter, CalibrationSummary)>(() => BuildCalibrated(catalog))).Value;
    }

    public static (CatalogRouter Router, CalibrationSummary Summary) BuildCalibrated(CatalogDocument catalog, RouterOptions? options = null, int folds = 5)
    {
        var o = options ?? new RouterOptions();
        var held = new List<(double[] Scores, int Correct)>();
        var domains = catalog.Units.Select(u => u.Domain).ToArray();
        for (var f = 0; f < folds; f++)
        {
            var docs = catalog.Units.Select(u => new UnitDocument(u, u.Examples.Where((_, i) => i % folds != f).ToList())).ToArray();
            var router = CatalogRouter.Build(docs, o);
            for (var ui = 0; ui < catalog.Units.Count; ui++)
            {
                foreach (var example in catalog.Units[ui].Examples.Where((_, i) => i % folds == f))
                {
                    held.Add((router.Score(router.QueryTerms(example)), ui));
                }
            }
        }

        var best = (T: 1.0, Loss: double.MaxValue);
        for (var t = 0.005; t <= 2.0; t *= 1.15)
        {
            var loss = held.Average(h => -Math.Log(Math.Max(1e-12, CatalogRouter.Softmax(h.Scores, t)[h.Correct])));
            if (loss < best.Loss)
            {
                best = (t, loss);
            }
        }

        var domainBest = (T: 1.0, Loss: double.MaxValue);
        for (var t = 0.005; t <= 2.0; t *= 1.15)
        {
            var loss = held.Average(h =>
            {
                var p = CatalogRouter.Softmax(h.Scores, t);
                var mass = p.Where((_, i) => domains[i] == domains[h.Correct]).Sum();
                return -Math.Log(Math.Max(1e-12, mass));
            });
            if (loss < domainBest.Loss)
            {
                domainBest = (t, loss);
            }
        }

        var top1 = held.Count(h => Array.IndexOf(h.Scores, h.Scores.Max()) == h.Correct) / (double)held.Count;
        var calibrated = o with { Temperature = best.T, DomainTemperature = domainBest.T };
        return (CatalogRouter.Build(catalog, calibrated), new CalibrationSummary(held.Count, top1, best.T, best.Loss));
    }
}
