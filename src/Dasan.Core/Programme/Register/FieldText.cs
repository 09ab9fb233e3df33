using System.Globalization;
using System.Text.Json.Nodes;
using Dasan.Core.Programme.Portfolio;

namespace Dasan.Core.Programme.Register;

/// <summary>
/// Plain text of a use-case field for the register and the staff pages: Korean, or with the words that name a code
/// (stages, techniques, fields, obligations …) put through <c>term</c>, the page's localiser. The writers' own text (names,
/// descriptions, risks) stays as written.
/// </summary>
public static class FieldText
{
    public static string Format(JsonObject doc, string field, IReadOnlyList<KpiLine> kpis, Func<string, string>? term = null)
    {
        var t = term ?? (s => s);
        return field switch
        {
            "stage_dates" => string.Join(" · ", (doc[field] as JsonObject ?? []).Select(p => $"{t(StageNames.Korean(p.Key))} {p.Value}")),
            "technique" => t(StageNames.Technique(doc[field]?.ToString())),
            "stage" => t(StageNames.Korean(doc[field]?.ToString())),
            "topic_area" => t(Departments.Domains.Korean.GetValueOrDefault(doc[field]?.ToString() ?? "", doc[field]?.ToString() ?? "")),
            "seoul_field" => t(UseCaseDocument.Text(doc, field)),
            "sourcing" => t(doc[field]?.ToString() switch { "in_house" => "자체 개발", "vendor" => "외부 업체", "mixed" => "혼합", var s => s ?? "" }),
            "outputs" => string.Join(", ", UseCaseValidator.Strings(doc[field]).Select(o => t(Output(o)))),
            "datasets" => string.Join("\n", (doc[field] as JsonArray ?? []).OfType<JsonObject>()
                .Select(d => $"{d["name"]}{((bool?)d["personal_data"] == true ? $" ({t("개인정보 포함")})" : "")}")),
            "risks" => string.Join("\n", (doc[field] as JsonArray ?? []).OfType<JsonObject>().Select(r => $"{r["risk"]} → {r["mitigation"]}")),
            "kpis" => string.Join("\n", kpis.Select(k => Kpi(k, t))),
            "obligations_met" => string.Join(", ", UseCaseValidator.Strings(doc[field]).Select(o => t(Obligation(o)))),
            _ => UseCaseDocument.Text(doc, field),
        };
    }

    public static string Kpi(KpiLine k, Func<string, string>? term = null)
    {
        var t = term ?? (s => s);
        return $"{k.Metric}: " + (k.Unavailable is { } why ? why : NumUnit(k.Actual, k.Unit)) +
            $" ({t("목표")} {NumUnit(k.Target, k.Unit)}{(k.Baseline is { } b ? $", {t("기준값")} {NumUnit(b, k.Unit)}" : "")})";
    }

    public static string NumUnit(double? v, string unit) => v is null ? "–" : Num(v) + unit;

    public static string Output(string o) => o switch { "prediction" => "예측", "recommendation" => "추천", "decision" => "결정", "content" => "콘텐츠", _ => o };

    public static string Num(double? v) => v is { } d ? d.ToString("0.##", CultureInfo.InvariantCulture) : "–";

    public static string Obligation(string id) => id switch
    {
        "public_notice" => "공개·고지",
        "explanation_to_person" => "당사자 설명",
        "peer_review" => "전문가 검토",
        "human_final_decision" => "사람의 최종 결정",
        "operator_training" => "운영자 교육",
        "approval_by" => "승인권자 승인",
        _ => id,
    };
}
