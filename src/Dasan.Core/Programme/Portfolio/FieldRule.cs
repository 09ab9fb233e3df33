using System.Text.Json.Nodes;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>One rule of <c>content/programme/field-rules.json</c>: when a field is required and where the register shows it.</summary>
public sealed record FieldRule(string Field, string? RequiredFromStage, string? RequiredAtStage, string Register, string DescriptionKo)
{
    public IReadOnlyList<string> ExceptStages { get; init; } = [];
    public string? MinTier { get; init; }
    public bool AllowEmpty { get; init; }

    /// <summary>Other field → accepted values (the rule applies only when every one matches).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> When { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>For <c>list[].sub</c> rules: the item properties an item must have for the sub-field to be required.</summary>
    public JsonObject? WhenItem { get; init; }

    /// <summary>The top-level field (<c>datasets</c> for <c>datasets[].pia_link</c>).</summary>
    public string TopField => Field.Split("[].")[0];
}
