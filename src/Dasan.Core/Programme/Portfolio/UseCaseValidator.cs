using System.Globalization;
using System.Text.Json.Nodes;
using Dasan.Core.Programme.Risk;
using Dasan.Core.Requests;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// Checks a use-case document: known fields and values, stage dates, the assessment (scored against the current
/// questionnaire, which sets the tier), obligations and withheld fields, then the required-field rules.
/// Throws <see cref="RequestValidationException"/> naming every bad field.
/// </summary>
public sealed class UseCaseValidator(FieldRules rules, RiskQuestionnaire questionnaire, IReadOnlySet<string> bureaus, IReadOnlySet<string> domains)
{
    public const int TextMax = 4000;
    public const int ListMax = 50;
    private static readonly string[] NeverWithheld = ["code", "bureau", "name", "summary", "stage", "tier"];

    /// <summary>Validates <paramref name="doc"/>, sets its <c>tier</c> from the assessment and returns the scored result (null when unanswered).</summary>
    public RiskResult? Validate(JsonObject doc)
    {
        var e = new Dictionary<string, string[]>();
        void Add(string field, string message) => e.TryAdd(field, [message]);
        foreach (var key in doc.Select(p => p.Key).Where(k => !rules.Fields.Contains(k)))
        {
            Add(key, $"알 수 없는 필드입니다. (Unknown field {key}.)");
        }

        foreach (var (key, node) in doc)
        {
            if (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > TextMax)
            {
                Add(key, $"{TextMax}자 이내로 입력해 주세요. ({key}: at most {TextMax} characters.)");
            }
            else if (node is JsonArray { Count: > ListMax })
            {
                Add(key, $"항목은 {ListMax}개까지입니다. ({key}: at most {ListMax} items.)");
            }
        }

        OneOf(doc, "bureau", bureaus, Add);
        OneOf(doc, "topic_area", domains, Add);
        OneOf(doc, "seoul_field", StageNames.SeoulFields, Add);
        OneOf(doc, "technique", StageNames.Techniques, Add);
        OneOf(doc, "sourcing", StageNames.Sourcing, Add);
        OneOf(doc, "stage", rules.StageOrder, Add);
        foreach (var o in Strings(doc["outputs"]).Where(o => !StageNames.Outputs.Contains(o)))
        {
            Add("outputs", $"'{o}'은(는) 결과 유형이 아닙니다: {string.Join(", ", StageNames.Outputs)} (Unknown output.)");
        }

        if (Str(doc, "sourcing") == "in_house" && doc["vendor"] is not null)
        {
            Add("vendor", "자체 개발 사업에는 업체명을 적지 않습니다. (An in-house use case has no vendor.)");
        }

        UseCaseShape.CheckDates(doc, rules, Add);
        UseCaseShape.CheckItems(doc, Add);
        var result = Assess(doc, e);
        var tier = result?.Tier ?? Str(doc, "tier");
        CheckObligations(doc, result, Add);
        foreach (var (field, reason) in doc["withheld"] as JsonObject ?? [])
        {
            if (!rules.Fields.Contains(field) || NeverWithheld.Contains(field))
            {
                Add("withheld." + field, $"'{field}'은(는) 가릴 수 없는 필드입니다. ({field} cannot be withheld.)");
            }
            else if (string.IsNullOrWhiteSpace(reason?.ToString()))
            {
                Add("withheld." + field, "가리는 사유를 적어 주세요. (A withheld field needs a reason.)");
            }
        }

        foreach (var (field, messages) in FieldRuleChecker.Check(rules, doc, tier))
        {
            e.TryAdd(field, messages);
        }

        return e.Count > 0 ? throw new RequestValidationException(e) : result;
    }

    private RiskResult? Assess(JsonObject doc, Dictionary<string, string[]> e)
    {
        if (doc["assessment_answers"] is not JsonObject { Count: > 0 } answers)
        {
            return null;
        }

        try
        {
            var result = RiskScorer.Score(questionnaire, Str(doc, "assessment_version"), answers.ToDictionary(p => p.Key, p => p.Value?.ToString() ?? ""));
            if (Str(doc, "tier") is { } declared && declared != result.Tier)
            {
                e.TryAdd("tier", [$"적힌 등급 {declared}이(가) 영향평가 결과 {result.Tier}와(과) 다릅니다. (Declared tier {declared}, the assessment gives {result.Tier}.)"]);
            }

            if (result.Prohibited && Str(doc, "stage") != "retired")
            {
                e.TryAdd("assessment_answers", [$"금지된 AI 이용입니다({string.Join(", ", result.GatesTriggered)}). 도입할 수 없습니다. (A prohibited use; it may not be adopted.)"]);
            }

            doc["tier"] = result.Tier;
            return result;
        }
        catch (RequestValidationException x)
        {
            foreach (var (k, v) in x.Errors)
            {
                e.TryAdd(k, v);
            }

            return null;
        }
    }

    private void CheckObligations(JsonObject doc, RiskResult? result, Action<string, string> add)
    {
        var tier = result?.Tier ?? Str(doc, "tier");
        var allowed = RiskScorer.Rank(tier) >= 0 ? questionnaire.TierOf(tier!).Obligations.Select(o => o.Id).ToHashSet() : [];
        foreach (var o in Strings(doc["obligations_met"]).Where(o => !allowed.Contains(o)))
        {
            add("obligations_met", $"'{o}'은(는) {tier}등급의 의무가 아닙니다. ({o} is not an obligation of tier {tier}.)");
        }
    }

    private static void OneOf(JsonObject doc, string field, IEnumerable<string> allowed, Action<string, string> add)
    {
        if (doc[field] is not null && (Str(doc, field) is not { } v || !allowed.Contains(v)))
        {
            add(field, $"'{doc[field]}'은(는) 허용된 값이 아닙니다. ({field}: not an accepted value.)");
        }
    }

    public static IEnumerable<string> Strings(JsonNode? n) => (n as JsonArray ?? []).Select(x => x?.ToString() ?? "");

    public static string? Str(JsonObject doc, string field) =>
        doc[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s
        : doc[field] is JsonValue n && n.TryGetValue<double>(out var d) ? d.ToString(CultureInfo.InvariantCulture) : null;
}
