using System.Globalization;
using System.Text.Json.Nodes;
using Dasan.Core.Programme.Risk;

namespace Dasan.Core.Challenges;

/// <summary>
/// The AI-portfolio document of a pilot: built from the challenge (problem, data, KPIs, field) and the accepted proposal
/// (summary, vendor), with a first risk assessment answered from what the challenge says (personal data, video,
/// technique). The bureau refines it on the use case's page before the control tower approves it.
/// </summary>
public static class PilotUseCase
{
    public static JsonObject Build(Challenge c, Proposal p, Startup s, Pilot pilot, string? piaReference, RiskQuestionnaire q)
    {
        var details = ChallengeDetails.Parse(c.DetailsJson);
        var personal = details.Data.Any(d => d.PersonalData);
        var day = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var risks = new JsonArray(
            new JsonObject { ["risk"] = "실증 성능이 목표에 못 미친 채 확대 적용", ["mitigation"] = "단계 점검(착수·중간·최종)에서 성과지표를 확인하고 미달이면 중단하거나 보완한다." },
            new JsonObject { ["risk"] = "담당자가 AI 결과를 그대로 따르는 과신", ["mitigation"] = "실증 기간에는 모든 결과를 담당자가 확인한 뒤 사용하고, 수정 사유를 기록한다." });
        foreach (var d in details.Data.Where(d => d.PersonalData))
        {
            risks.Add(new JsonObject { ["risk"] = $"{d.Name}의 개인정보 노출", ["mitigation"] = d.Protection });
        }

        return new JsonObject
        {
            ["bureau"] = c.Bureau,
            ["name"] = Cut($"{c.Title} 실증", 200),
            ["summary"] = $"{s.Name}이(가) {c.Code} 과제로 실증합니다. {p.Summary}",
            ["owner_role"] = $"{c.Bureau} 과제 담당",
            ["topic_area"] = c.TopicArea,
            ["seoul_field"] = c.SeoulField,
            ["stage"] = "pilot",
            ["stage_dates"] = new JsonObject { ["idea"] = day(DateOnly.FromDateTime(c.CreatedAt)), ["pilot"] = day(pilot.StartsOn) },
            ["technique"] = c.Technique,
            ["sourcing"] = "vendor",
            ["vendor"] = s.Name,
            ["problem"] = c.Problem,
            ["expected_benefits"] = string.Join(" ", details.Kpis.Select(k => $"{k.Metric} {k.Baseline?.ToString(CultureInfo.InvariantCulture) ?? "—"}→{k.Target.ToString(CultureInfo.InvariantCulture)}{k.Unit}.")),
            ["outputs"] = new JsonArray("recommendation"),
            ["automation"] = "실증 기간에는 AI 결과를 담당 공무원이 건마다 확인한 뒤 업무에 씁니다. 시민에게 AI가 직접 결정을 알리지 않습니다.",
            ["datasets"] = new JsonArray(details.Data.Select(d => (JsonNode)new JsonObject
            {
                ["name"] = d.Name, ["personal_data"] = d.PersonalData, ["pia_link"] = d.PersonalData ? piaReference : null,
            }).ToArray()),
            ["risks"] = risks,
            ["assessment_version"] = q.Version,
            ["assessment_answers"] = Answers(c, personal),
            ["review_by"] = day(pilot.EndsOn),
            ["kpis"] = new JsonArray(details.Kpis.Select(k => (JsonNode)new JsonObject
            {
                ["metric"] = k.Metric, ["unit"] = k.Unit, ["baseline"] = k.Baseline, ["target"] = k.Target, ["actual"] = null,
                ["period"] = $"{day(pilot.StartsOn)}~{day(pilot.EndsOn)}", ["how_measured"] = k.HowMeasured ?? "실증 기간 측정", ["better"] = k.Better,
            }).ToArray()),
            ["appeal_route"] = $"실증 결과로 불편이나 불이익을 겪었다면 120다산콜 또는 {c.Bureau}에 알리면 담당자가 다시 판단합니다.",
            ["obligations_met"] = new JsonArray(),
            ["withheld"] = new JsonObject(),
        };
    }

    /// <summary>A first, cautious assessment of a pilot under human review; the bureau corrects it where the pilot differs.</summary>
    private static JsonObject Answers(Challenge c, bool personal)
    {
        var a = new Dictionary<string, string>
        {
            ["IMP-01"] = "b", ["IMP-02"] = c.TopicArea == "safety" ? "b" : "a", ["IMP-03"] = "a", ["IMP-04"] = "b", ["IMP-05"] = "b", ["IMP-06"] = "a",
            ["IMP-07"] = "b", ["IMP-08"] = "b", ["IMP-09"] = "a", ["IMP-10"] = personal ? "b" : "a", ["IMP-11"] = "a", ["IMP-12"] = "b",
            ["IMP-13"] = "c", ["IMP-14"] = "b", ["IMP-15"] = c.Technique == "vision" ? "b" : "a",
            ["MIT-01"] = "c", ["MIT-02"] = "b", ["MIT-03"] = "b", ["MIT-04"] = "b", ["MIT-05"] = "b", ["MIT-06"] = "c", ["MIT-07"] = "b",
            ["MIT-08"] = "b", ["MIT-09"] = "c", ["MIT-10"] = "c", ["MIT-11"] = "c",
        };
        var o = new JsonObject();
        foreach (var (id, letter) in a)
        {
            o[id] = $"{id}-{letter}";
        }

        foreach (var g in new[] { "GATE-HI-01", "GATE-HI-02", "GATE-HI-03", "GATE-HI-04", "GATE-HI-05", "GATE-HI-06", "GATE-HI-07", "GATE-HI-08", "GATE-HI-09", "GATE-HI-10", "GATE-HI-11", "GATE-AUTO-01", "GATE-PRO-01", "GATE-PRO-02", "GATE-PRO-03", "GATE-PRO-04", "GATE-PRO-05", "GATE-PRO-06", "GATE-PRO-07" })
        {
            o[g] = "no";
        }

        return o;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
