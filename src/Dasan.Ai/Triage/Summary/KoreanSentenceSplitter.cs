namespace Dasan.Ai.Triage.Summary;

/// <summary>
/// Splits Korean text into sentences, returning (start, length) spans of trimmed sentences:
/// after . ? ! … 。 (not inside numbers such as 3.5, not after a list number such as "1."),
/// at line breaks, and after an eojeol ending in -요 or -니다 when no punctuation follows.
/// </summary>
internal static class KoreanSentenceSplitter
{
    public static List<(int Start, int Length)> Split(string text)
    {
        var spans = new List<(int Start, int Length)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c switch
            {
                '\n' or '\r' => i,
                '?' or '!' or '…' or '。' => EndOfRun(text, i),
                '.' when IsSentencePeriod(text, i) => EndOfRun(text, i),
                ' ' when EndsWithSpokenEnding(text, start, i) => i,
                _ => -1,
            };
            if (end < 0)
            {
                continue;
            }

            Add(text, start, end + (c is '\n' or '\r' or ' ' ? 0 : 1), spans);
            start = c is '\n' or '\r' or ' ' ? i + 1 : end + 1;
            i = start - 1;
        }

        Add(text, start, text.Length, spans);
        return spans;
    }

    private static int EndOfRun(string text, int i)
    {
        while (i + 1 < text.Length && text[i + 1] is '.' or '?' or '!' or '…' or '~' or '"' or '\'' or ')' or '”' or '’')
        {
            i++;
        }

        return i;
    }

    private static bool IsSentencePeriod(string text, int i)
    {
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsDigit(before) && char.IsDigit(after))
        {
            return false;
        }

        if (char.IsAsciiLetter(after))
        {
            return false;
        }

        var word = i;
        while (word > 0 && !char.IsWhiteSpace(text[word - 1]))
        {
            word--;
        }

        return !IsAllDigits(text.AsSpan(word, i - word));
    }

    private static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithSpokenEnding(string text, int start, int i)
    {
        if (i - start < 4)
        {
            return false;
        }

        var last = text[i - 1];
        if (last == '요')
        {
            return !(text[i - 2] is '필' or '중' or '수' or '월' or '화' or '목' or '금' or '토' or '일' or '요');
        }

        return last == '다' && text[i - 2] == '니';
    }

    private static void Add(string text, int start, int end, List<(int Start, int Length)> spans)
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
