using Dasan.Core.Programme.Risk;

namespace Dasan.Core.Tests.Programme;

/// <summary>
/// A small questionnaire for hand-computed scores: two impact questions worth 0–10 each (maximum 20, so the quarters
/// fall at 5, 10 and 15 points), one mitigation question worth 0–10 (threshold 8), one high-impact gate and one prohibited gate.
/// </summary>
internal static class TestQuestionnaire
{
    public static RiskQuestionnaire Create() => RiskQuestionnaire.Parse("""
        {
          "version": "test.1", "title_ko": "t", "title_en": "t",
          "scoring": { "mitigation_discount": 0.15, "mitigation_threshold": 0.8, "method_ko": "m", "method_en": "m",
            "levels": [ { "tier": "I", "min_share_exclusive": null }, { "tier": "II", "min_share_exclusive": 0.25 },
                        { "tier": "III", "min_share_exclusive": 0.5 }, { "tier": "IV", "min_share_exclusive": 0.75 } ] },
          "impact_questions": [ { "id": "I1", "text_ko": "a", "text_en": "a", "answers": [POINTS("I1")] },
                                { "id": "I2", "text_ko": "b", "text_en": "b", "answers": [POINTS("I2")] } ],
          "mitigation_questions": [ { "id": "M1", "text_ko": "c", "text_en": "c", "answers": [POINTS("M1")] } ],
          "legal_gates": [
            { "id": "G-HI", "text_ko": "g", "text_en": "g", "law": "l", "effect": { "min_tier": "III" }, "answers": [YESNO] },
            { "id": "G-PRO", "text_ko": "p", "text_en": "p", "law": "l", "effect": { "prohibited": true }, "answers": [YESNO] } ],
          "tiers": [ TIER("I"), TIER("II"), TIER("III"), TIER("IV") ]
        }
        """.Replace("YESNO", """{ "id": "yes", "text_ko": "예", "text_en": "Yes" }, { "id": "no", "text_ko": "아니오", "text_en": "No" }""", StringComparison.Ordinal)
        .Replace("POINTS(\"I1\")", Points("I1"), StringComparison.Ordinal).Replace("POINTS(\"I2\")", Points("I2"), StringComparison.Ordinal)
        .Replace("POINTS(\"M1\")", Points("M1"), StringComparison.Ordinal)
        .Replace("TIER(\"I\")", Tier("I"), StringComparison.Ordinal).Replace("TIER(\"II\")", Tier("II"), StringComparison.Ordinal)
        .Replace("TIER(\"III\")", Tier("III"), StringComparison.Ordinal).Replace("TIER(\"IV\")", Tier("IV"), StringComparison.Ordinal));

    /// <summary>Answers: impact points for I1 and I2, mitigation points, and the two gates.</summary>
    public static Dictionary<string, string> Answers(int i1, int i2, int m1, bool highImpact = false, bool prohibited = false) => new()
    {
        ["I1"] = $"I1-{i1}", ["I2"] = $"I2-{i2}", ["M1"] = $"M1-{m1}", ["G-HI"] = highImpact ? "yes" : "no", ["G-PRO"] = prohibited ? "yes" : "no",
    };

    private static string Points(string id) => string.Join(", ", Enumerable.Range(0, 11).Select(p => $$"""{ "id": "{{id}}-{{p}}", "text_ko": "{{p}}", "text_en": "{{p}}", "points": {{p}} }"""));

    private static string Tier(string t) => $$"""{ "tier": "{{t}}", "name_ko": "{{t}}", "name_en": "{{t}}", "obligations": [ { "id": "approval_by", "text_ko": "a", "text_en": "a", "approver": "control_tower" } ] }""";
}
