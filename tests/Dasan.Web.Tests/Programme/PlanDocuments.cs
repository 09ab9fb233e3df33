using System.Text.Json.Nodes;
using Dasan.Core.Content;

namespace Dasan.Web.Tests.Programme;

/// <summary>Valid use-case documents for tests, made from the shipped samples.</summary>
internal static class PlanDocuments
{
    /// <summary>The planned sample UC-007 (tier I) moved to <paramref name="bureau"/>, without a code so the server assigns one.</summary>
    public static JsonObject Planned(string bureau, string name)
    {
        var doc = JsonNode.Parse(ShippedContent.ReadText("programme/use-cases.json"))!["use_cases"]!.AsArray()
            .Select(n => n!.AsObject()).Single(u => (string)u["code"]! == "UC-007").DeepClone().AsObject();
        doc.Remove("code");
        doc.Remove("tier");
        doc["bureau"] = bureau;
        doc["name"] = name;
        return doc;
    }
}
