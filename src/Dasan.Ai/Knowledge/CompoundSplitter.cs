using System.Collections.Frozen;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Splits a run of Hangul typed without spaces (경복궁입장료, 소화기사용법, 전입신고기한) into the words the knowledge base
/// uses, so that a question typed on a phone is understood like its spaced form. Longer known pieces win (a piece of
/// length n counts n²), so 소화기 + 사용법 beats 소화 + 기사 + 용법; characters no known piece covers are left out,
/// except at the start, where they are a word the knowledge base does not know.
/// </summary>
internal static class CompoundSplitter
{
    /// <summary>Shortest run worth splitting; shorter words are left to the analyzer.</summary>
    public const int MinLength = 4;

    private const int MaxPiece = 8;

    /// <summary>
    /// The known pieces of <paramref name="run"/> in order, with their offsets; empty when none is found, or when a single
    /// piece covers less than half of the run (the rest is a particle or an ending: 전세임대가 → 전세임대).
    /// </summary>
    public static IReadOnlyList<(string Piece, int Offset)> Split(string run, Func<string, bool> isKnown)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(isKnown);
        if (run.Length < MinLength || !run.All(IsHangul))
        {
            return [];
        }

        // best[i]: the highest score of run[..i]; from[i]: where the last piece of that split starts (-1: a skipped character).
        var best = new int[run.Length + 1];
        var from = new int[run.Length + 1];
        for (var end = 1; end <= run.Length; end++)
        {
            best[end] = best[end - 1];
            from[end] = -1;
            for (var start = Math.Max(0, end - MaxPiece); start <= end - 2; start++)
            {
                var length = end - start;
                var score = best[start] + (length * length);
                if (score > best[end] && isKnown(run[start..end]))
                {
                    best[end] = score;
                    from[end] = start;
                }
            }
        }

        var pieces = new List<(string, int)>();
        for (var end = run.Length; end > 0;)
        {
            if (from[end] < 0)
            {
                end--;
                continue;
            }

            pieces.Add((run[from[end]..end], from[end]));
            end = from[end];
        }

        pieces.Reverse();
        if (pieces.Count > 0 && pieces[0].Item2 >= 2)
        {
            // What comes before the first known piece is a word too (남산한옥마을 → 남산 + 한옥마을); endings only come last.
            pieces.Insert(0, (run[..pieces[0].Item2], 0));
        }

        return pieces.Count >= 2 || (pieces.Count == 1 && pieces[0].Item1.Length * 2 >= run.Length) ? pieces : [];
    }

    private static bool IsHangul(char c) => c is >= '가' and <= '힣';

    /// <summary>
    /// A word the knowledge base does not know, typed without spaces (경복궁입장료), as the known words it is made of
    /// (<see cref="Split"/>); every other token as it is.
    /// </summary>
    public static IReadOnlyList<Token> SplitToken(Token token, IReadOnlyList<string> parts, string text, Func<string, bool> isKnownTerm, Func<string, bool> isQuestionWord)
    {
        if (token.Kind != TokenKind.Word || isKnownTerm(token.Term) || (parts.Count > 0 && parts.All(isKnownTerm)))
        {
            return [token];
        }

        // The whole run of Hangul: the analyzer may have cut a noun off as an ending (전입신고기한 → 전입신고기), and a
        // question mark or ㅠㅠ after the word is not part of it.
        var end = token.Start;
        while (end < text.Length && IsHangul(text[end]))
        {
            end++;
        }

        var found = Split(text[token.Start..Math.Max(end, token.End)], isKnownTerm)
            .Where(p => !isQuestionWord(p.Piece) && !(p.Piece.Length == 2 && FunctionSyllables.Contains(p.Piece[0])))
            .ToList();
        var pieces = found
            .Where((p, i) => !(i > 0 && i == found.Count - 1 && p.Piece.Length == 2 && EndingSyllables.Contains(p.Piece[0])))
            .Where((p, i) => !(i > 0 && EndingPieces.Contains(p.Piece)))
            .Select(p => new Token(p.Piece, token.Start + p.Offset, token.Start + p.Offset + p.Piece.Length, TokenKind.Word))
            .ToList();
        return pieces.Count > 0 ? pieces : [token];
    }

    /// <summary>True when <paramref name="piece"/> is an ending or particle, not a word (<see cref="EndingPieces"/>).</summary>
    public static bool IsEnding(string piece) => EndingPieces.Contains(piece);

    /// <summary>
    /// Known pieces after the first that are endings and particles the guides happen to contain (지원해주나요 → 지원 +
    /// 주나요, 견인됐어요 → 견인 + 됐어요, 가입시키려면 → 가입 + 려면): not words of the question.
    /// </summary>
    private static readonly FrozenSet<string> EndingPieces = new[]
    {
        "주나요", "주세요", "줘요", "주는", "됐어요", "되나요", "돼요", "려면", "으려면", "에요", "예요", "이에요", "같아요", "같은데", "달라고",
        "에서", "에게", "부터", "보여", "보여요", "봐요", "하나요", "해요", "인가요", "인데", "나요",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>First syllables of a last two-syllable piece that is a verb's ending (억울한데 → 억울 + 한데), not a word.</summary>
    private static readonly FrozenSet<char> EndingSyllables = "한할합함된될됨던".ToFrozenSet();

    /// <summary>First syllables of two-syllable pieces that are verb, ending or particle remnants (하는, 을수, 어졌), not words.</summary>
    private static readonly FrozenSet<char> FunctionSyllables = "하되돼해했있없을를는었았였겠졌웠렸어".ToFrozenSet();
}
