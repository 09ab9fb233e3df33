using System.Globalization;
using System.Text.Json.Nodes;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>Shape checks of the nested parts of a use case: stage dates, datasets, risks and KPIs.</summary>
internal static class UseCaseShape
{
    private static readonly string[] KpiFields = ["metric", "unit", "baseline", "target", "actual", "period", "how_measured"];

    public static DateOnly? Date(JsonNode? n) =>
        n is JsonValue v && v.TryGetValue<string>(out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static void CheckDates(JsonObject doc, FieldRules rules, Action<string, string> add)
    {
        var stage = rules.StageIndex(UseCaseValidator.Str(doc, "stage"));
        DateOnly? last = null;
        foreach (var (s, n) in doc["stage_dates"] as JsonObject ?? [])
        {
            if (rules.StageIndex(s) < 0 || (stage >= 0 && rules.StageIndex(s) > stage))
            {
                add($"stage_dates.{s}", $"현재 단계보다 뒤이거나 없는 단계입니다. ({s} is not a stage reached yet.)");
            }
        }

        foreach (var s in rules.StageOrder)
        {
            var node = (doc["stage_dates"] as JsonObject)?[s];
            if (node is null)
            {
                continue;
            }

            if (Date(node) is not { } d)
            {
                add($"stage_dates.{s}", "날짜는 YYYY-MM-DD 형식이어야 합니다. (Dates are YYYY-MM-DD.)");
            }
            else if (last is { } l && d < l)
            {
                add($"stage_dates.{s}", "앞 단계보다 이른 날짜입니다. (Earlier than the previous stage.)");
            }
            else
            {
                last = d;
            }
        }

        if (doc["stage"] is not null && (doc["stage_dates"] as JsonObject)?.ContainsKey(UseCaseValidator.Str(doc, "stage")!) != true)
        {
            add("stage_dates", "현재 단계에 들어선 날짜가 없습니다. (The current stage needs its date.)");
        }

        if (doc["review_by"] is { } rb && Date(rb) is not { } review)
        {
            add("review_by", "재검토 기한은 YYYY-MM-DD 형식이어야 합니다. (review_by is YYYY-MM-DD.)");
        }
        else if (Date(doc["review_by"]) is { } r && last is { } l2 && r <= l2)
        {
            add("review_by", "재검토 기한은 마지막 단계 날짜 뒤여야 합니다. (review_by must come after the last stage date.)");
        }

        if (UseCaseValidator.Str(doc, "stage") != "retired" && !string.IsNullOrEmpty(UseCaseValidator.Str(doc, "retirement_reason")))
        {
            add("retirement_reason", "폐기 사유는 폐기된 사업에만 적습니다. (Only a retired use case has a retirement reason.)");
        }
    }

    public static void CheckItems(JsonObject doc, Action<string, string> add)
    {
        Each(doc, "datasets", (o, w) =>
        {
            if (Text.VisibleText.IsBlank(o["name"]?.ToString()) || o["personal_data"] is not JsonValue pd || !pd.TryGetValue<bool>(out _))
            {
                add(w, "데이터에는 이름과 개인정보 포함 여부(true/false)가 필요합니다. (A dataset needs name and personal_data.)");
            }
        }, add);
        Each(doc, "risks", (o, w) =>
        {
            if (Text.VisibleText.IsBlank(o["risk"]?.ToString()) || Text.VisibleText.IsBlank(o["mitigation"]?.ToString()))
            {
                add(w, "위험마다 완화 조치가 필요합니다. (Each risk needs a mitigation.)");
            }
        }, add);
        Each(doc, "kpis", (o, w) =>
        {
            if (KpiFields.FirstOrDefault(f => !o.ContainsKey(f)) is { } missing)
            {
                add($"{w}.{missing}", $"성과지표에 '{missing}' 항목이 없습니다. (KPI without {missing}.)");
            }
            else if (string.IsNullOrWhiteSpace(o["metric"]?.ToString()))
            {
                add($"{w}.metric", "지표 이름을 적어 주세요. (KPI metric is empty.)");
            }
        }, add);
    }

    private static void Each(JsonObject doc, string field, Action<JsonObject, string> check, Action<string, string> add)
    {
        if (doc[field] is null)
        {
            return;
        }

        if (doc[field] is not JsonArray items)
        {
            add(field, "목록이어야 합니다. (Must be a list.)");
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject o)
            {
                check(o, $"{field}[{i}]");
            }
            else
            {
                add($"{field}[{i}]", "항목 형식이 올바르지 않습니다. (Malformed item.)");
            }
        }
    }
}
