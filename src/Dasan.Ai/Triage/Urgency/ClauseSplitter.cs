using System.Text;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Splits text into clauses on sentence punctuation, line breaks, sentence-final eojeol (-요, -다, -죠)
/// and connectives (-는데, -지만, -고; not the -고 of -고 있다), and writes each clause compactly:
/// lower case, letters and digits only, so spacing and typos in spacing do not matter.
/// </summary>
internal static class ClauseSplitter
{
    private static readonly HashSet<string> NounsEndingInGo =
        ["사고", "신고", "창고", "광고", "경고", "재고", "최고", "참고", "보고", "공고", "금고", "원고", "학교"];

    public static List<string> Split(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        var words = new List<string>();
        foreach (var piece in text.Split(['\n', '.', '!', '?', '…', ';', '~'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Clear();
            words.AddRange(piece.Split([' ', '\t', '\r', ','], StringSplitOptions.RemoveEmptyEntries));
            for (var w = 0; w < words.Count; w++)
            {
                current.Append(words[w]).Append(' ');
                var next = w + 1 < words.Count ? words[w + 1] : null;
                if (EndsClause(words[w], next))
                {
                    Flush(current, clauses);
                }
            }

            Flush(current, clauses);
        }

        return clauses;
    }

    /// <summary>
    /// Where, in the compact clause, each word ending in -던 ends when another word follows it: a relative clause that
    /// describes the next noun (어제 놀았던 놀이터, 불조심 캠페인 했던 건물). Its time and talk words are its own, not the
    /// frame of what the rest of the clause says happens.
    /// </summary>
    public static List<int> RelativeClauseEnds(string clause)
    {
        var ends = new List<int>();
        var words = clause.Split([' ', '\t', '\r', ','], StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var compact = Compact(words[w]);
            at += compact.Length;
            if (w + 1 < words.Length && compact.Length >= 2 && compact.EndsWith('던'))
            {
                ends.Add(at);
            }
        }

        return ends;
    }

    public static string Compact(string clause)
    {
        var builder = new StringBuilder(clause.Length);
        foreach (var c in clause)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool EndsClause(string word, string? next)
    {
        if (next is null || word.Length < 2)
        {
            return false;
        }

        if (word.EndsWith('요') || word.EndsWith('다') || word.EndsWith('죠') || word.EndsWith('데') || word.EndsWith("지만", StringComparison.Ordinal))
        {
            return true;
        }

        return word.EndsWith('고') && !NounsEndingInGo.Any(n => word.EndsWith(n, StringComparison.Ordinal)) && !(next.StartsWith('있') || next.StartsWith('계') || next.StartsWith('싶') || next.StartsWith('말'));
    }

    private static void Flush(StringBuilder current, List<string> clauses)
    {
        if (current.Length > 0)
        {
            var clause = current.ToString().Trim();
            if (clause.Length > 0)
            {
                clauses.Add(clause);
            }

            current.Clear();
        }
    }
}
