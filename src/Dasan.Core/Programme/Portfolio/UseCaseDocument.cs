using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>Moves a use case's JSON document in and out of the entity and keeps the query columns in step.</summary>
public static class UseCaseDocument
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Parse(UseCase u) => JsonNode.Parse(u.Document)!.AsObject();

    public static void Apply(UseCase u, JsonObject doc, DateTime nowUtc)
    {
        u.Bureau = UseCaseValidator.Str(doc, "bureau") ?? "";
        u.Name = UseCaseValidator.Str(doc, "name") ?? "";
        u.Stage = UseCaseValidator.Str(doc, "stage") ?? "idea";
        u.Tier = UseCaseValidator.Str(doc, "tier");
        u.ReviewBy = UseCaseShape.Date(doc["review_by"]) is { } d ? d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : null;
        u.Document = doc.ToJsonString(Json);
        u.UpdatedAt = nowUtc;
    }

    /// <summary>Text of a top-level field for display: strings as they are, lists and objects as JSON.</summary>
    public static string Text(JsonObject doc, string field) => doc[field] switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<double>(out var n) => n.ToString(CultureInfo.InvariantCulture),
        var n => n.ToJsonString(Json),
    };
}
