namespace Dasan.Ai.Knowledge;

/// <summary>
/// Splits Korean (and English) text into sentences: after 다./요./니다. and any '.', '?', '!' or '。'
/// followed by whitespace, and at every line break, so list items and table rows stand alone.
/// "1." list numbers and decimals (3.5) are not sentence ends.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/> as trimmed (Start, Length) spans.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text) => Split(text, 0, text?.Length ?? 0);

    /// <summary>The sentences of <c>text[start..end]</c> as trimmed (Start, Length) spans into <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var from = start;
        var lineStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n' || c == '\r')
            {
                Add(spans, text, from, i);
                from = lineStart = i + 1;
            }
            else if (IsTerminal(c) && EndsSentence(text, i, end, lineStart))
            {
                var stop = i + 1;
                while (stop < end && IsCloser(text[stop]))
                {
                    stop++;
                }

                Add(spans, text, from, stop);
                from = stop;
                i = stop - 1;
            }
        }

        Add(spans, text, from, end);
        return spans;
    }

    private static bool IsTerminal(char c) => c is '.' or '?' or '!' or '。' or '？' or '！';

    private static bool IsCloser(char c) => c is '*' or ')' or '"' or '\'' or '”' or '’' or '」' or '』' or ']';

    private static bool EndsSentence(string text, int i, int end, int lineStart)
    {
        var next = i + 1;
        while (next < end && IsCloser(text[next]))
        {
            next++;
        }

        if (next < end && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        var first = lineStart;
        while (first < i && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var onlyDigits = first < i;
        for (var k = first; k < i; k++)
        {
            onlyDigits &= char.IsAsciiDigit(text[k]);
        }

        return !onlyDigits;
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
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
            spans.Add((start, end - start));
        }
    }
}
