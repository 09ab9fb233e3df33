using System.Text.Json.Serialization;
using Dasan.Core.Radar;

namespace Dasan.Web.Radar;

/// <summary>An issue as the CLI and the API print it (snake_case, best first).</summary>
public sealed record IssueView(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("phrases")] IReadOnlyList<string> Phrases,
    [property: JsonPropertyName("first_seen")] string FirstSeen,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("volume")] int Volume,
    [property: JsonPropertyName("items")] int Items,
    [property: JsonPropertyName("growth")] double Growth,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("sources")] IReadOnlyDictionary<string, int> Sources,
    [property: JsonPropertyName("domains")] IReadOnlyList<string> Domains,
    [property: JsonPropertyName("departments")] IReadOnlyList<string> Departments,
    [property: JsonPropertyName("districts")] IReadOnlyList<string> Districts,
    [property: JsonPropertyName("examples")] IReadOnlyList<ExampleView> Examples,
    [property: JsonPropertyName("evidence")] IReadOnlyList<IssueEvidence> Evidence,
    [property: JsonPropertyName("key")] string Key)
{
    public static IssueView From(DetectedIssue i) => new(
        i.Label, i.Phrases, i.FirstSeen.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Score, i.Volume, i.Items, i.Growth,
        i.State.ToString().ToLowerInvariant(), new Dictionary<string, int> { ["requests"] = i.RequestItems, ["news"] = i.NewsItems },
        i.Domains, i.Departments, i.Districts, i.Examples.Select(ExampleView.From).ToList(), i.Evidence, i.Key);
}
