using System.Text.Json;

namespace Dasan.Cli.Commands;

/// <summary>One input line of <c>dasan triage</c>: id (kept as written), title, body; unknown fields ignored.</summary>
public sealed record TriageLine(JsonElement Id, string Title, string Body, JsonElement Raw)
{
    public static bool TryParse(string text, out TriageLine line, out string error)
    {
        line = null!;
        try
        {
            var root = JsonDocument.Parse(text).RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return false;
            }

            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            var body = root.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "";
            if (title.Length == 0 && body.Length == 0)
            {
                error = "neither title nor body is given";
                return false;
            }

            line = new TriageLine(root.TryGetProperty("id", out var id) ? id : default, title, body, root);
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            error = "invalid JSON: " + e.Message;
            return false;
        }
    }

    public string? Label(string? field) =>
        field is not null && Raw.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
