namespace Dasan.Ai.Knowledge;

/// <summary>Reads flat <c>key: value</c> YAML front matter between <c>---</c> lines.</summary>
internal static class FrontMatterReader
{
    /// <summary>Fills <paramref name="metadata"/> and returns the offset where the body starts (0 without front matter).</summary>
    public static int Read(string text, Dictionary<string, string> metadata)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!text.AsSpan(start).StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var first = true;
        foreach (var (lineStart, lineEnd, next) in SectionBuilder.Lines(text, start))
        {
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (first)
            {
                if (!line.SequenceEqual("---"))
                {
                    return 0;
                }

                first = false;
                continue;
            }

            if (line.SequenceEqual("---") || line.SequenceEqual("..."))
            {
                return next;
            }

            var colon = line.IndexOf(':');
            if (colon > 0 && line[0] != '#')
            {
                var key = line[..colon].Trim().ToString().ToLowerInvariant();
                metadata[key] = Unquote(line[(colon + 1)..].Trim().ToString());
            }
        }

        metadata.Clear();
        return 0;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
