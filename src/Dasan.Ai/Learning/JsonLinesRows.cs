using System.Text.Json;

namespace Dasan.Ai.Learning;

/// <summary>Reads labelled rows from JSON Lines; unknown fields are ignored.</summary>
internal static class JsonLinesRows
{
    public static void Read(string content, string textColumn, string labelColumn, string source, RowCollector collector)
    {
        var seenText = false;
        var seenLabel = false;
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in content.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsWhiteSpace())
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line.ToString());
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    collector.Skip(lineNumber, "the line is not a JSON object");
                    continue;
                }

                foreach (var property in document.RootElement.EnumerateObject())
                {
                    fields.Add(property.Name);
                }

                var text = ValueOf(document.RootElement, textColumn, ref seenText);
                var label = ValueOf(document.RootElement, labelColumn, ref seenLabel);
                collector.Add(lineNumber, text, label);
            }
            catch (JsonException e)
            {
                collector.Skip(lineNumber, $"invalid JSON: {e.Message}");
            }
        }

        if (fields.Count > 0 && (!seenText || !seenLabel))
        {
            var missing = string.Join(" and ", new[] { seenText ? null : textColumn, seenLabel ? null : labelColumn }.OfType<string>());
            throw new LabeledDataException($"{source}: no line has the field {missing}; the fields present are: {string.Join(", ", fields)}.");
        }
    }

    private static string? ValueOf(JsonElement row, string name, ref bool seen)
    {
        if (!row.TryGetProperty(name, out var value))
        {
            return null;
        }

        seen = true;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
    }
}
