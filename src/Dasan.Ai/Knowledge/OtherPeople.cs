using System.Collections.Frozen;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Whose situation a question is about. "친구가 극단적 선택을 할 것 같아요" asks how to help someone else and is answered from
/// the lines on friends and family, not from the support after an attempt; "요즘 너무 힘들어서 죽고 싶어요" is about the asker,
/// and the section for friends and family ("친구나 가족이 자살을 생각하는 것 같을 때") answers someone else.
/// </summary>
internal static class OtherPeople
{
    /// <summary>People a citizen asks about on someone else's behalf (친구가, 엄마가, 옆집 할머니).</summary>
    private static readonly FrozenSet<string> Asked = new[]
    {
        "친구", "가족", "동료", "지인", "이웃", "옆집", "친척", "부모님", "엄마", "아빠", "어머니", "아버지", "남편", "아내", "동생", "언니", "오빠", "누나",
        "형", "남자친구", "여자친구", "애인", "friend", "friends", "family", "colleague", "coworker", "neighbour", "neighbor", "mother", "mom", "father",
        "dad", "husband", "wife", "brother", "sister", "son", "daughter", "roommate",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words by which a guide's heading addresses the people around someone (친구나 가족이 …, 주변에서 알게 되었다면).</summary>
    private static readonly FrozenSet<string> Named = new[] { "친구", "가족", "동료", "지인", "이웃", "친척", "주변" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="question"/> names a person other than the asker (its terms, as <see cref="QuestionAnalyzer.Terms"/>
    /// reads them) who is not the one doing harm: "남편한테 맞았어요" and "아빠가 때려요" are the asker's own situation, and a
    /// victim was told what neighbours should do.
    /// </summary>
    public static bool AskedAbout(IEnumerable<QueryTerm> terms, string question) =>
        terms.Any(t => t.Kind is TokenKind.Word or TokenKind.Latin && Asked.Contains(t.Term) && !DoesHarm(t.Term, question));

    /// <summary>True when <paramref name="person"/>, a whole word (친구, not the end of 남자친구), hits in the question.</summary>
    private static bool DoesHarm(string person, string question) =>
        System.Text.RegularExpressions.Regex.IsMatch(question, @"(?<![가-힣])" + System.Text.RegularExpressions.Regex.Escape(person) + @"(이|가|은|는|도)?\s*(때리|때려|때린|때렸|폭행)|"
            + @"(?<![가-힣])" + System.Text.RegularExpressions.Regex.Escape(person) + @"(한테|에게|한테서|에게서)\s*(폭력\s*)?맞(았|고)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>True when a section's heading addresses the people around someone: the section tells them how to help. A word
    /// only part of a longer one (이웃사이센터, 가족센터) does not.</summary>
    public static bool Section(IReadOnlyList<Token> heading) =>
        heading.Any(t => t.Kind == TokenKind.Word && Named.Contains(t.Term) && !heading.Any(o => o != t && o.Kind == TokenKind.Word && o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start));
}
