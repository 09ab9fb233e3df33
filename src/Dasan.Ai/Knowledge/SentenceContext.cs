using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// A chosen sentence as a reader can take it out of its guide. A sentence that leans on the one before it in the same
/// list item ("1. 버릴 물건이 종량제 봉투에 들어가는지 확인합니다. 들어가지 않으면 대형폐기물로 신고해야 합니다.") comes with that one;
/// a bulleted fragment comes after the line that introduces its list ("다음에 해당하면 지원받을 수 없습니다: … 이미 받은
/// 사람"), which alone read as if it said who may apply.
/// </summary>
internal static partial class SentenceContext
{
    /// <summary>
    /// What <paramref name="sentence"/> needs before it to be read alone, or null: the sentence before it that it leans on,
    /// or the line introducing its list (said once per answer by the caller).
    /// </summary>
    public static string? Before(RankedSentence sentence)
    {
        var text = sentence.Hit.Chunk.Text;
        var spans = SentenceSplitter.Split(text);
        if (sentence.Position >= spans.Count)
        {
            return null;
        }

        var (start, _) = spans[sentence.Position];
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        if (sentence.Position > 0 && spans[sentence.Position - 1].Start >= lineStart && Leans().IsMatch(sentence.Text))
        {
            var (ps, pl) = spans[sentence.Position - 1];
            var previous = SentenceRanker.Clean(TableRows.Read(text, ps, pl) ?? text.Substring(ps, pl));
            // In a question-and-answer section the sentences before are the reply to that section's question (아니요. 누구나
            // 이용할 수 있어요.), which would read as the reply to the citizen's.
            var replies = Enumerable.Range(Math.Max(0, sentence.Position - RepliesLookBack), Math.Min(RepliesLookBack, sentence.Position))
                .Any(i => SentenceRanker.Clean(text.Substring(spans[i].Start, spans[i].Length)).EndsWith('?'));
            return previous.Length >= MinPrevious && !replies ? (previous[^1] is '.' or '!' or '?' ? previous : previous + ".") : null;
        }

        var line = text.AsSpan(lineStart).TrimStart();
        return Bullet().IsMatch(line) && !EndsLikeASentence(sentence.Text) ? LeadIn(text, lineStart) : null;
    }

    /// <summary>Shorter than this, the sentence before is a reply word (네., 아니요.), no context.</summary>
    private const int MinPrevious = 8;

    /// <summary>How many sentences back a section's question is looked for.</summary>
    private const int RepliesLookBack = 4;

    /// <summary>The line before the bulleted list the line at <paramref name="lineStart"/> belongs to, when it is a sentence.</summary>
    private static string? LeadIn(string text, int lineStart)
    {
        var lines = text[..lineStart].Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var candidate = lines[i].Trim();
            if (candidate.Length == 0 || Bullet().IsMatch(candidate))
            {
                continue;
            }

            if (candidate.StartsWith('#') || candidate.StartsWith('|') || !(candidate.EndsWith(':') || Announces().IsMatch(candidate)))
            {
                return null;
            }

            // The line's last sentence: the one that announces the list.
            var sentences = SentenceSplitter.Split(candidate);
            var (ls, ll) = sentences[^1];
            return SentenceRanker.Clean(candidate.Substring(ls, ll)).TrimEnd('.', ':', ' ');
        }

        return null;
    }

    private static bool EndsLikeASentence(string sentence) =>
        sentence.EndsWith('.') || sentence.EndsWith('다') || sentence.EndsWith('요') || sentence.EndsWith('?') || sentence.EndsWith('!');

    /// <summary>
    /// A sentence whose first word hangs on the one before: a condition with its subject left out (들어가지 않으면, 없으면,
    /// 그렇지 않으면) or a connective (다만, 이때, 그러면 …); "관리사무소가 없으면" names its own subject.
    /// </summary>
    [GeneratedRegex(@"^(\S+지\s*(않으면|못하면|않을\s*때)\s|(없으면|있으면|아니면)\s|그렇지\s*않으면|다만|이때|이 경우|그러면|그래서|따라서|그리고|또한|하지만|그러나)")]
    private static partial Regex Leans();

    /// <summary>A line that announces the list after it (다음에 해당하면 …, 다음과 같습니다, 다음 서류가 필요합니다).</summary>
    [GeneratedRegex(@"다음[에과]|다음\s*(서류|내용|순서|경우|항목|조건|사람|기관|곳)|같습니다\.?$")]
    private static partial Regex Announces();

    [GeneratedRegex(@"^[-*+•]\s")]
    private static partial Regex Bullet();
}
