using Dasan.Core.Requests;

namespace Dasan.Core.Programme.Risk;

/// <summary>
/// Scores an assessment the way Canada's AIA does: raw impact points, discounted by the questionnaire's discount (15%)
/// when mitigation reaches its threshold (80% of the maximum), levels at quarters of the maximum impact; then the legal
/// gates raise the tier to their minimum or forbid the use. Bad answers throw <see cref="RequestValidationException"/>
/// naming the question.
/// </summary>
public static class RiskScorer
{
    public static RiskResult Score(RiskQuestionnaire q, string? version, IReadOnlyDictionary<string, string> answers)
    {
        if (version != q.Version)
        {
            throw RequestValidationException.For("assessment_version",
                $"영향평가 문항 버전 '{version}'은(는) 현재 버전이 아닙니다. 현재 버전 {q.Version} 문항으로 다시 답해 주세요. " +
                $"(The answers were given against questionnaire version '{version}'; answer version {q.Version}.)");
        }

        var errors = new Dictionary<string, string[]>();
        var questions = q.All.ToDictionary(x => x.Id);
        foreach (var (id, answer) in answers)
        {
            if (!questions.TryGetValue(id, out var question))
            {
                errors["assessment_answers." + id] = [$"문항 {id}은(는) 버전 {q.Version}에 없습니다. (No question {id} in version {q.Version}.)"];
            }
            else if (question.Answers.All(a => a.Id != answer))
            {
                errors["assessment_answers." + id] = [$"'{answer}'은(는) 문항 {id}의 답이 아닙니다. (Not an answer to {id}.)"];
            }
        }

        var missing = questions.Keys.Where(id => !answers.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            errors["assessment_answers"] = [$"답하지 않은 문항이 있습니다: {string.Join(", ", missing)} (Unanswered questions.)"];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return Compute(q, answers);
    }

    private static RiskResult Compute(RiskQuestionnaire q, IReadOnlyDictionary<string, string> answers)
    {
        double Points(IEnumerable<RiskQuestion> qs) => qs.Sum(x => x.Answers.First(a => a.Id == answers[x.Id]).Points);
        var raw = Points(q.Impact);
        var mitigation = Points(q.Mitigation);
        var discounted = mitigation >= q.MitigationThreshold * q.MaxMitigation;
        var final = discounted ? raw * (1 - q.MitigationDiscount) : raw;
        var share = Math.Round(final / q.MaxImpact, 9);
        var scoreTier = q.Tiers.Where(t => t.MinShareExclusive is null || share > t.MinShareExclusive).Last().Tier;
        var triggered = q.Gates.Where(g => answers[g.Id] == "yes").ToList();
        var tier = triggered.Any(g => g.Prohibited) ? RiskResult.ProhibitedTier
            : triggered.Select(g => g.MinTier).OfType<string>().Append(scoreTier).MaxBy(Rank)!;
        return new RiskResult(q.Version, raw, mitigation, discounted, Math.Round(final, 2), share, scoreTier, triggered.Select(g => g.Id).ToList(), tier);
    }

    /// <summary>Position of a tier in I–IV (−1 for none or prohibited).</summary>
    public static int Rank(string? tier) => tier is null ? -1 : RiskQuestionnaire.TierOrder.ToList().IndexOf(tier);
}
