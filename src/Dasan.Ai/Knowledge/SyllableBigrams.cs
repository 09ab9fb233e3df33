namespace Dasan.Ai.Knowledge;

/// <summary>
/// The adjacent letter pairs of a text with spaces and punctuation removed (경복궁 입장료 → 경복, 복궁, 궁입 …): a match measure
/// that typos, missing spaces and unusual endings do not defeat.
/// </summary>
internal static class SyllableBigrams
{
    public static HashSet<int> Of(string text)
    {
        var bigrams = new HashSet<int>();
        var previous = '\0';
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (previous != '\0')
            {
                bigrams.Add((previous << 16) | c);
            }

            previous = c;
        }

        return bigrams;
    }

    /// <summary>Share of <paramref name="question"/> found in <paramref name="text"/>; 0 for an empty question.</summary>
    public static double Containment(HashSet<int> question, HashSet<int> text) =>
        question.Count == 0 ? 0 : question.Count(text.Contains) / (double)question.Count;
}
