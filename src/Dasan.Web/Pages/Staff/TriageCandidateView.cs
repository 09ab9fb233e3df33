using System.Text.Json;

namespace Dasan.Web.Pages.Staff;

/// <summary>One suggested department with the evidence that put it there.</summary>
public sealed record TriageCandidateView(string Name, string Domain, double Score, IReadOnlyList<string> Terms, IReadOnlyList<string> Keywords, string? Duty, string? Example, string? Rule)
{
    public static TriageCandidateView From(JsonElement c, JsonElement evidence)
    {
        static IReadOnlyList<string> List(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        static string? Text(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new TriageCandidateView(c.GetProperty("name").GetString()!, c.GetProperty("domain").GetString()!, c.GetProperty("score").GetDouble(),
            List(evidence, "matchedTerms"), List(evidence, "matchedKeywords"), Text(evidence, "matchedDuty"), Text(evidence, "nearestExample"), Text(evidence, "rule"));
    }
}
