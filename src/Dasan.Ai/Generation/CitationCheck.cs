using System.Text.RegularExpressions;

namespace Dasan.Ai.Generation;

/// <summary>
/// Checks the citations of a generated answer: every [n] (also [1, 2] and [1][2]) must name one of the
/// passages the model was given, and the answer must cite at least one.
/// </summary>
public static partial class CitationCheck
{
    /// <summary>The verdict for <paramref name="text"/> generated from <paramref name="passageCount"/> passages.</summary>
    public static CitationVerdict Verify(string text, int passageCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cited = new SortedSet<int>();
        var invalid = new SortedSet<int>();
        foreach (Match group in CitationGroup().Matches(text))
        {
            foreach (var part in group.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var n = int.TryParse(part, out var value) ? value : -1;
                (n >= 1 && n <= passageCount ? cited : invalid).Add(n);
            }
        }

        return new CitationVerdict(cited.ToList(), invalid.ToList());
    }

    [GeneratedRegex(@"\[(\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*)\]")]
    private static partial Regex CitationGroup();
}
