namespace Dasan.Korean.PersonalData;

/// <summary>Finds <see cref="DigitCluster"/>s by hand-written scanning (no regular expressions).</summary>
internal static class DigitClusterScanner
{
    private const int MaxGroups = 8;
    private const int MaxGroupLength = 20;

    /// <summary>Reads the cluster whose first digit is at or after <paramref name="from"/>; returns false at the end.</summary>
    public static bool Next(string text, ref int from, DigitCluster cluster)
    {
        while (true)
        {
            var offset = text.AsSpan(from).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return false;
            }

            var start = from + offset;
            var runEnd = DigitRunEnd(text, start);
            from = runEnd;
            if (start > 0 && IsAttached(text, start))
            {
                continue;
            }

            cluster.Clear();
            cluster.PrefixStart = start;
            if (start > 0 && text[start - 1] is '+' or '(')
            {
                cluster.PrefixStart = start - 1;
                cluster.International = text[start - 1] == '+';
            }

            cluster.Groups.Add((start, runEnd - start));
            from = ReadMoreGroups(text, runEnd, cluster);
            if (text[cluster.PrefixStart] == '(' && (cluster.Separators.Count == 0 || cluster.Separators[0] != ')'))
            {
                cluster.PrefixStart = start;
            }

            if (cluster.Groups.TrueForAll(g => g.Length <= MaxGroupLength))
            {
                return true;
            }
        }
    }

    private static int ReadMoreGroups(string text, int position, DigitCluster cluster)
    {
        while (cluster.Groups.Count < MaxGroups && position < text.Length)
        {
            var j = position;
            var punctuation = '\0';
            var spaced = false;
            while (j < text.Length && j - position < 3)
            {
                var c = text[j];
                if (c == ' ')
                {
                    spaced = true;
                }
                else if (c is '-' or '.' or ')' or '\u2010' or '\u2013' && punctuation == '\0')
                {
                    punctuation = c is '\u2010' or '\u2013' ? '-' : c;
                }
                else
                {
                    break;
                }

                j++;
            }

            if (j == position || j >= text.Length || !char.IsAsciiDigit(text[j]))
            {
                break;
            }

            var runEnd = DigitRunEnd(text, j);
            cluster.Groups.Add((j, runEnd - j));
            cluster.Separators.Add(punctuation == '\0' ? ' ' : punctuation);
            cluster.SpacedSeparators.Add(spaced);
            position = runEnd;
        }

        return position;
    }

    private static int DigitRunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool IsAttached(string text, int start)
    {
        var before = text[start - 1];
        if (char.IsAsciiLetterOrDigit(before) || before == '_')
        {
            return true;
        }

        return before is ',' or '.' or ':' or '/' && start > 1 && char.IsAsciiDigit(text[start - 2]);
    }
}
