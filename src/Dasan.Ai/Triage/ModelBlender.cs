using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Routing;

namespace Dasan.Ai.Triage;

/// <summary>Mixes the catalog router's probabilities with the learned routing model's (labels are catalog codes).</summary>
internal static class ModelBlender
{
    public static RoutingResult Blend(RoutingResult routing, TrainedTextClassifier model, string normalized, IReadOnlyList<Dasan.Korean.Tokenization.Token> tokens, double modelWeight)
    {
        var probabilities = new double[model.Labels.Count];
        model.PredictProbabilities(normalized, tokens, probabilities);
        return Blend(routing, model, probabilities, modelWeight);
    }

    public static RoutingResult Blend(RoutingResult routing, TrainedTextClassifier model, string text, double modelWeight)
    {
        var probabilities = new double[model.Labels.Count];
        model.PredictProbabilities(text, probabilities);
        return Blend(routing, model, probabilities, modelWeight);
    }

    private static RoutingResult Blend(RoutingResult routing, TrainedTextClassifier model, double[] probabilities, double modelWeight)
    {
        var byCode = new Dictionary<string, double>(model.Labels.Count);
        for (var i = 0; i < probabilities.Length; i++)
        {
            byCode[model.Labels[i]] = probabilities[i];
        }

        var units = routing.Units
            .Select(u => u with { Probability = (1 - modelWeight) * u.Probability + modelWeight * byCode.GetValueOrDefault(u.Code) })
            .OrderByDescending(u => u.Probability).ToList();
        var total = units.Sum(u => u.Probability);
        if (total > 0)
        {
            units = units.Select(u => u with { Probability = u.Probability / total }).ToList();
        }

        var domains = units.GroupBy(u => u.Domain).Select(g => new DomainCandidate(g.Key, g.Sum(u => u.Probability)))
            .OrderByDescending(d => d.Probability).ToList();
        return routing with { Units = units, Domains = domains };
    }
}
