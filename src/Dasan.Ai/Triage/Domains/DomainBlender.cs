using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Routing;

namespace Dasan.Ai.Triage.Domains;

/// <summary>
/// Mixes the router's domain probabilities with the domain model's, then rescales every department by its
/// domain's change, so departments keep their order inside a domain and the ranking across domains follows the
/// blended domain belief. Thread-safe.
/// </summary>
public sealed class DomainBlender(TrainedTextClassifier model, double weight)
{
    private const int BodyChars = 800;

    public TrainedTextClassifier Model => model;

    /// <summary>The text the domain model reads: the title twice, then the start of the body (as the router).</summary>
    public static string Text(string title, string body) =>
        title + "\n" + title + "\n" + (body.Length > BodyChars ? body[..BodyChars] : body);

    public RoutingResult Blend(RoutingResult routing, string text)
    {
        var probabilities = new double[model.Labels.Count];
        model.PredictProbabilities(text, probabilities);
        return Blend(routing, probabilities);
    }

    public RoutingResult Blend(RoutingResult routing, ReadOnlySpan<double> probabilities)
    {
        var byDomain = new Dictionary<string, double>(model.Labels.Count);
        for (var i = 0; i < probabilities.Length; i++)
        {
            byDomain[model.Labels[i]] = probabilities[i];
        }

        var domains = routing.Domains
            .Select(d => new DomainCandidate(d.Domain, (1 - weight) * d.Probability + weight * byDomain.GetValueOrDefault(d.Domain)))
            .ToList();
        var total = domains.Sum(d => d.Probability);
        domains = domains.Select(d => d with { Probability = total > 0 ? d.Probability / total : d.Probability })
            .OrderByDescending(d => d.Probability).ToList();
        // A domain the router all but ruled out shares the model's belief equally among its departments.
        var unitMass = routing.Units.GroupBy(u => u.Domain).ToDictionary(g => g.Key, g => (Sum: g.Sum(u => u.Probability), Count: g.Count()));
        var target = domains.ToDictionary(d => d.Domain, d => d.Probability);
        var units = routing.Units.Select(u =>
        {
            var (sum, count) = unitMass[u.Domain];
            var p = target.GetValueOrDefault(u.Domain);
            return u with { Probability = sum > 1e-12 ? u.Probability * p / sum : p / count };
        }).OrderByDescending(u => u.Probability).ToList();
        return routing with { Units = units, Domains = domains };
    }
}
