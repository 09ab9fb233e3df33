using System.Text.Json.Nodes;
using Dasan.Core.Programme.Risk;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// Applies <see cref="FieldRules"/> to a use-case document. A retired use case is judged by the last stage it reached
/// (from <c>stage_dates</c>). A KPI computed live from the platform's records (it has <c>live</c>) has its actual.
/// </summary>
public static class FieldRuleChecker
{
    public static Dictionary<string, string[]> Check(FieldRules rules, JsonObject doc, string? tier)
    {
        var errors = new Dictionary<string, string[]>();
        var stage = Text(doc["stage"]);
        var effective = EffectiveStage(rules, doc);
        if (rules.StageIndex(effective) < 0)
        {
            return errors;
        }

        foreach (var r in rules.Rules.Where(r => Applies(rules, r, doc, stage, effective, tier)))
        {
            if (r.Field.Contains("[].", StringComparison.Ordinal))
            {
                var sub = r.Field.Split("[].")[1];
                var items = doc[r.TopField] as JsonArray ?? [];
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is JsonObject item && Matches(item, r.WhenItem) && !(sub == "actual" && item["live"] is not null) && !Present(item, sub, r.AllowEmpty))
                    {
                        errors[$"{r.TopField}[{i}].{sub}"] = [Message(r, stage, tier)];
                    }
                }
            }
            else if (!Present(doc, r.Field, r.AllowEmpty))
            {
                errors[r.Field] = [Message(r, stage, tier)];
            }
        }

        return errors;
    }

    public static string? EffectiveStage(FieldRules rules, JsonObject doc)
    {
        var stage = Text(doc["stage"]);
        if (stage != "retired")
        {
            return stage;
        }

        var dates = doc["stage_dates"] as JsonObject;
        return rules.StageOrder.Take(rules.StageOrder.Count - 1).LastOrDefault(s => dates?.ContainsKey(s) == true) ?? rules.StageOrder[0];
    }

    private static bool Applies(FieldRules rules, FieldRule r, JsonObject doc, string? stage, string? effective, string? tier)
    {
        var byStage = r.RequiredAtStage is { } at ? stage == at : rules.StageIndex(effective) >= rules.StageIndex(r.RequiredFromStage);
        var byTier = r.MinTier is null || RiskScorer.Rank(tier) >= RiskScorer.Rank(r.MinTier);
        return byStage && byTier && !r.ExceptStages.Contains(stage ?? "") && r.When.All(w => w.Value.Contains(Text(doc[w.Key]) ?? "\0"));
    }

    private static bool Matches(JsonObject item, JsonObject? when) =>
        when is null || when.All(p => JsonNode.DeepEquals(item[p.Key], p.Value));

    private static bool Present(JsonObject o, string key, bool allowEmpty)
    {
        if (!o.TryGetPropertyValue(key, out var v))
        {
            return false;
        }

        return allowEmpty ? v is not null : v switch
        {
            null => false,
            JsonArray a => a.Count > 0,
            JsonObject x => x.Count > 0,
            JsonValue s when s.TryGetValue<string>(out var str) => !Dasan.Core.Text.VisibleText.IsBlank(str),
            _ => true,
        };
    }

    private static string Message(FieldRule r, string? stage, string? tier) =>
        $"'{r.DescriptionKo}'은(는) {StageNames.Korean(stage)} 단계{(r.MinTier is null ? "" : $", {tier}등급")}에서 필수입니다. " +
        $"({r.Field} is required at stage {stage}{(r.MinTier is null ? "" : $", tier {tier}")}.)";

    private static string? Text(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
