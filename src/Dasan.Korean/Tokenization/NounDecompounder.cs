using System.Collections.Frozen;

namespace Dasan.Korean.Tokenization;

/// <summary>
/// Splits a long Hangul noun stem into dictionary nouns (불법주정차 → 불법 + 주정차), allowing
/// unknown stretches of two or more syllables between them (강남역불법주정차 → 강남역 + 불법 + 주정차).
/// </summary>
internal static class NounDecompounder
{
    private const int UnknownSyllableCost = 3;
    private const int PieceCost = 1;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nouns =
        KoreanLexicon.Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Appends the parts of <paramref name="stem"/> (starting at <paramref name="offset"/>), if it is a compound.</summary>
    public static void AppendParts(string stem, int offset, List<Token> output)
    {
        var n = stem.Length;
        if (n < 3 || n > 64)
        {
            return;
        }

        Span<int> cost = stackalloc int[n + 1];
        Span<int> back = stackalloc int[n + 1];
        cost[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            cost[end] = cost[end - 1] + UnknownSyllableCost;
            back[end] = -(end - 1) - 1;
            for (var length = 2; length <= Math.Min(Math.Min(end, n - 1), KoreanLexicon.MaxNounLength); length++)
            {
                if (cost[end - length] + PieceCost < cost[end] && Nouns.Contains(stem.AsSpan(end - length, length)))
                {
                    cost[end] = cost[end - length] + PieceCost;
                    back[end] = end - length;
                }
            }
        }

        Span<int> bounds = stackalloc int[n + 1];
        var count = 0;
        var known = 0;
        for (var end = n; end > 0;)
        {
            var start = back[end] >= 0 ? back[end] : StartOfUnknownRun(back, end);
            known += back[end] >= 0 ? 1 : 0;
            if (back[end] < 0 && end - start < 2)
            {
                return;
            }

            bounds[count++] = start;
            end = start;
        }

        if (count < 2 || known == 0)
        {
            return;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            var start = bounds[i];
            var end = i == 0 ? n : bounds[i - 1];
            output.Add(new Token(stem[start..end], offset + start, offset + end, TokenKind.Word));
        }
    }

    private static int StartOfUnknownRun(Span<int> back, int end)
    {
        var start = end;
        while (start > 0 && back[start] < 0)
        {
            start = -back[start] - 1;
        }

        return start;
    }
}
