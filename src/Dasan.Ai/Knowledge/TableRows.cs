namespace Dasan.Ai.Knowledge;

/// <summary>
/// Markdown table rows read as sentences. A row alone ("| 일일권 | 1,000원 | 2,000원 |") names neither its columns nor
/// anything a reader can use: it is read with its table's header ("일일권: 1시간권 1,000원, 2시간권 2,000원"), and the
/// header and separator rows are not sentences of their own.
/// </summary>
internal static class TableRows
{
    /// <summary>
    /// The sentence <c>text.Substring(start, length)</c> as it should be read: a table row with its header, the header or
    /// separator row null (not a sentence), anything else unchanged.
    /// </summary>
    public static string? Read(string text, int start, int length)
    {
        var sentence = text.Substring(start, length);
        if (!IsRow(sentence))
        {
            return sentence;
        }

        if (IsSeparator(sentence))
        {
            return null;
        }

        var header = Header(text, start);
        if (header is not null && header.Value.Start == start)
        {
            return null;
        }

        var cells = Cells(sentence);
        var names = header is { } h ? Cells(text.Substring(h.Start, h.Length)) : [];
        var labelled = names.Count == cells.Count && cells.Count > 2;
        var values = cells.Skip(1).Select((value, i) => labelled && names[i + 1].Length > 0 ? $"{names[i + 1]} {value}" : value).Where((_, i) => cells[i + 1].Length > 0);
        var rest = string.Join(", ", values);
        return cells[0].Length == 0 ? rest : rest.Length == 0 ? cells[0] : $"{cells[0]}: {rest}";
    }

    private static bool IsRow(string line) => line.StartsWith('|');

    private static bool IsSeparator(string line) => line.All(c => c is '|' or '-' or ':' or ' ' or '\t');

    /// <summary>The header row of the table holding the row at <paramref name="rowStart"/>: its first line, when the next is a separator.</summary>
    private static (int Start, int Length)? Header(string text, int rowStart)
    {
        var first = LineStart(text, rowStart);
        while (first > 0)
        {
            var previous = LineStart(text, first - 1);
            if (!IsRow(text[previous..(first - 1)].Trim()))
            {
                break;
            }

            first = previous;
        }

        var firstEnd = LineEnd(text, first);
        if (firstEnd >= text.Length)
        {
            return null;
        }

        var second = text[(firstEnd + 1)..LineEnd(text, firstEnd + 1)].Trim();
        var line = text[first..firstEnd].Trim();
        return IsRow(line) && IsRow(second) && IsSeparator(second) ? (first + text[first..firstEnd].IndexOf('|', StringComparison.Ordinal), line.Length) : null;
    }

    private static int LineStart(string text, int at)
    {
        var newline = at <= 0 ? -1 : text.LastIndexOf('\n', at - 1);
        return newline + 1;
    }

    private static int LineEnd(string text, int at)
    {
        var newline = text.IndexOf('\n', at);
        return newline < 0 ? text.Length : newline;
    }

    private static List<string> Cells(string row) =>
        [.. row.Trim().Trim('|').Split('|').Select(c => BoldMarkers.Strip(c.Trim()))];
}
