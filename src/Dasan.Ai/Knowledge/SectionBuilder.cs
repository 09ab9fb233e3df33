namespace Dasan.Ai.Knowledge;

/// <summary>Cuts a text into sections at heading lines, keeping trimmed bodies and their offsets.</summary>
internal static class SectionBuilder
{
    /// <summary>A heading line [LineStart, LineEnd) with its heading text.</summary>
    internal readonly record struct HeadingLine(int LineStart, int LineEnd, string Heading);

    public static List<Section> Build(string text, int bodyStart, IReadOnlyList<HeadingLine> headings, string leadHeading)
    {
        var sections = new List<Section>();
        var heading = leadHeading;
        var from = bodyStart;
        foreach (var line in headings)
        {
            AddTrimmed(sections, text, heading, from, line.LineStart);
            heading = line.Heading;
            from = line.LineEnd;
        }

        AddTrimmed(sections, text, heading, from, text.Length);
        return sections;
    }

    /// <summary>Splits <paramref name="text"/> into lines as (start, end-without-newline, next-line start).</summary>
    public static IEnumerable<(int Start, int End, int Next)> Lines(string text, int from)
    {
        var start = from;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var next = newline < 0 ? text.Length : newline + 1;
            var end = newline < 0 ? text.Length : newline;
            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }

            yield return (start, end, next);
            start = next;
        }
    }

    private static void AddTrimmed(List<Section> sections, string text, string heading, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sections.Add(new Section(heading, text[start..end], start));
        }
    }
}
