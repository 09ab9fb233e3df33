using System.Text.Json;
using Dasan.Core.Content;

namespace Dasan.Core.Programme.Risk;

/// <summary>The versioned impact-assessment questionnaire shipped in <c>content/programme/risk-questionnaire.json</c>.</summary>
public sealed class RiskQuestionnaire
{
    public static readonly IReadOnlyList<string> TierOrder = ["I", "II", "III", "IV"];
    private static readonly Lazy<RiskQuestionnaire> ShippedInstance = new(() => Parse(ShippedContent.ReadText("programme/risk-questionnaire.json")));

    public required string Version { get; init; }
    public required string TitleKo { get; init; }
    public required string TitleEn { get; init; }
    public required string MethodKo { get; init; }
    public required string MethodEn { get; init; }
    public required IReadOnlyList<RiskQuestion> Impact { get; init; }
    public required IReadOnlyList<RiskQuestion> Mitigation { get; init; }
    public required IReadOnlyList<RiskQuestion> Gates { get; init; }
    public required IReadOnlyList<TierDefinition> Tiers { get; init; }
    public double MitigationDiscount { get; init; }
    public double MitigationThreshold { get; init; }

    public double MaxImpact => Impact.Sum(q => q.MaxPoints);
    public double MaxMitigation => Mitigation.Sum(q => q.MaxPoints);
    public IEnumerable<RiskQuestion> All => Impact.Concat(Mitigation).Concat(Gates);

    public static RiskQuestionnaire Shipped() => ShippedInstance.Value;

    public TierDefinition TierOf(string tier) => Tiers.First(t => t.Tier == tier);

    public static RiskQuestionnaire Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var scoring = root.GetProperty("scoring");
        var levels = scoring.GetProperty("levels").EnumerateArray()
            .ToDictionary(l => l.GetProperty("tier").GetString()!, l => l.GetProperty("min_share_exclusive") is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : (double?)null);
        return new RiskQuestionnaire
        {
            Version = root.GetProperty("version").GetString()!,
            TitleKo = root.GetProperty("title_ko").GetString()!,
            TitleEn = root.GetProperty("title_en").GetString()!,
            MethodKo = scoring.GetProperty("method_ko").GetString()!,
            MethodEn = scoring.GetProperty("method_en").GetString()!,
            MitigationDiscount = scoring.GetProperty("mitigation_discount").GetDouble(),
            MitigationThreshold = scoring.GetProperty("mitigation_threshold").GetDouble(),
            Impact = Questions(root.GetProperty("impact_questions")),
            Mitigation = Questions(root.GetProperty("mitigation_questions")),
            Gates = Questions(root.GetProperty("legal_gates")),
            Tiers = root.GetProperty("tiers").EnumerateArray().Select(t => new TierDefinition(
                t.GetProperty("tier").GetString()!, t.GetProperty("name_ko").GetString()!, t.GetProperty("name_en").GetString()!,
                levels[t.GetProperty("tier").GetString()!],
                t.GetProperty("obligations").EnumerateArray().Select(o => new TierObligation(
                    o.GetProperty("id").GetString()!, o.GetProperty("text_ko").GetString()!, o.GetProperty("text_en").GetString()!,
                    Str(o, "approver"), Str(o, "module"))).ToList())).ToList(),
        };
    }

    private static List<RiskQuestion> Questions(JsonElement array) => array.EnumerateArray().Select(q =>
    {
        var effect = q.TryGetProperty("effect", out var e) ? e : default;
        return new RiskQuestion(q.GetProperty("id").GetString()!, q.GetProperty("text_ko").GetString()!, q.GetProperty("text_en").GetString()!,
            q.GetProperty("answers").EnumerateArray().Select(a => new RiskAnswer(a.GetProperty("id").GetString()!,
                a.GetProperty("text_ko").GetString()!, a.GetProperty("text_en").GetString()!,
                a.TryGetProperty("points", out var p) ? p.GetDouble() : 0)).ToList())
        {
            Law = Str(q, "law"),
            MinTier = effect.ValueKind == JsonValueKind.Object ? Str(effect, "min_tier") : null,
            Prohibited = effect.ValueKind == JsonValueKind.Object && effect.TryGetProperty("prohibited", out var pr) && pr.ValueKind == JsonValueKind.True,
        };
    }).ToList();

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
