using System.Text.Json.Nodes;
using Dasan.Core.Content;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>The required-field rules per stage and tier, read from <c>content/programme/field-rules.json</c> (data, not code).</summary>
public sealed class FieldRules
{
    private static readonly Lazy<FieldRules> ShippedInstance = new(() => Parse(ShippedContent.ReadText("programme/field-rules.json")));

    public required string Version { get; init; }
    public required IReadOnlyList<string> StageOrder { get; init; }
    public required IReadOnlyList<FieldRule> Rules { get; init; }

    /// <summary>The document's top-level fields, in rule order (also the CSV and Excel columns).</summary>
    public IReadOnlyList<string> Fields => Rules.Select(r => r.TopField).Distinct().ToList();

    public static FieldRules Shipped() => ShippedInstance.Value;

    public int StageIndex(string? stage) => stage is null ? -1 : StageOrder.ToList().IndexOf(stage);

    /// <summary>Where the public register shows a field: tier1, tier2 or internal.</summary>
    public string RegisterOf(string field) => Rules.FirstOrDefault(r => r.Field == field)?.Register ?? "internal";

    public static FieldRules Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return new FieldRules
        {
            Version = (string)root["version"]!,
            StageOrder = root["stage_order"]!.AsArray().Select(s => (string)s!).ToList(),
            Rules = root["rules"]!.AsArray().Select(n => n!.AsObject()).Select(r => new FieldRule(
                (string)r["field"]!, (string?)r["required_from_stage"], (string?)r["required_at_stage"], (string)r["register"]!, (string?)r["description_ko"] ?? "")
            {
                ExceptStages = r["except_stages"]?.AsArray().Select(s => (string)s!).ToList() ?? [],
                MinTier = (string?)r["min_tier"],
                AllowEmpty = (bool?)r["allow_empty"] ?? false,
                When = r["when"]?.AsObject().ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value!.AsArray().Select(v => (string)v!).ToList())
                    ?? new Dictionary<string, IReadOnlyList<string>>(),
                WhenItem = r["when_item"]?.DeepClone().AsObject(),
            }).ToList(),
        };
    }
}
