using System.Text.Json.Nodes;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>The KPIs of a use case as lines, with the live ones (<c>live</c> key) computed from the platform's records.</summary>
public sealed class UseCaseKpis(PlatformKpis live)
{
    public async Task<IReadOnlyList<KpiLine>> LinesAsync(UseCase u, JsonObject doc, CancellationToken ct)
    {
        var lines = new List<KpiLine>();
        foreach (var k in (doc["kpis"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var (baseline, actual, unavailable) = (Number(k["baseline"]), Number(k["actual"]), (string?)null);
            if (k["live"]?.ToString() is { } key)
            {
                var v = await live.ComputeAsync(key, ct);
                (baseline, actual, unavailable) = (v.Baseline ?? baseline, v.Actual, v.Unavailable);
            }

            lines.Add(new KpiLine(u.Code, u.Name, u.Bureau, k["metric"]?.ToString() ?? "", k["unit"]?.ToString() ?? "", baseline, Number(k["target"]), actual, unavailable)
            {
                LowerIsBetter = k["better"]?.ToString() switch { "lower" => true, "higher" => false, _ => null },
            });
        }

        return lines;
    }

    private static double? Number(JsonNode? n) => n is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
