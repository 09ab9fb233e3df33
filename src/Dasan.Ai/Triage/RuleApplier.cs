using Dasan.Ai.Triage.Routing;
using Dasan.Core.Triage;

namespace Dasan.Ai.Triage;

/// <summary>Moves the department an admin rule names to the top, with the rule as its evidence.</summary>
internal static class RuleApplier
{
    public const double RuleProbability = 0.95;

    public static RoutingResult Apply(RoutingResult routing, TriageRule rule)
    {
        var target = routing.Units.First(u => u.Code == rule.DepartmentCode);
        var rest = routing.Units.Where(u => u.Code != rule.DepartmentCode).ToList();
        var restMass = rest.Sum(u => u.Probability);
        var scale = restMass > 0 ? (1 - RuleProbability) / restMass : 0;
        var units = new List<UnitCandidate> { target with { Probability = RuleProbability } };
        units.AddRange(rest.Select(u => u with { Probability = u.Probability * scale }));
        var domains = units.GroupBy(u => u.Domain).Select(g => new DomainCandidate(g.Key, g.Sum(u => u.Probability)))
            .OrderByDescending(d => d.Probability).ToList();
        var evidence = new List<RoutingEvidence>
        {
            new(target.Code, [], [], null, null, $"규칙: '{rule.Phrase}' → {target.Name}"),
        };
        evidence.AddRange(routing.Evidence.Where(e => e.Code != target.Code));
        return new RoutingResult(units, domains, evidence);
    }
}
