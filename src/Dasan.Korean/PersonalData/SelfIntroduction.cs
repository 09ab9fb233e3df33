using Dasan.Korean.Tokenization;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// A name introduced without 저는: "홍길동입니다." at the start of a sentence, after a greeting
/// (안녕하세요, 김영희예요) or after the word for who the writer is (마포구 주민 김영희입니다, 3반 학부모 이수진이에요).
/// </summary>
internal static class SelfIntroduction
{
    private static readonly string[] Copulas = ["입니다", "이에요", "예요"];

    private static readonly string[] Greetings = ["안녕하세요", "안녕하십니까", "반갑습니다", "수고하십니다", "수고하세요"];

    private static readonly string[] Roles =
        ["주민", "시민", "구민", "사는", "거주하는", "살고 있는", "학부모", "보호자", "엄마", "아빠", "민원인", "신청인", "신고인", "세입자", "운영하는"];

    public static void Find(string text, List<PersonalDataFinding> findings)
    {
        foreach (var copula in Copulas)
        {
            var index = text.IndexOf(copula, StringComparison.Ordinal);
            while (index >= 0)
            {
                var start = index - 3;
                var after = index + copula.Length;
                if (start >= 0 && (start == 0 || !HangulSyllable.Is(text[start - 1])) && AllHangul(text, start, index)
                    && (after >= text.Length || !HangulSyllable.Is(text[after])) && Introduces(text.AsSpan(0, start), FollowedByPunctuation(text, after))
                    && PersonNameRecognizer.IsPlausibleName(text.AsSpan(start, 3)))
                {
                    findings.Add(new PersonalDataFinding(PersonalDataType.PersonName, start, 3, 0.75, text.Substring(start, 3)));
                }

                index = text.IndexOf(copula, index + copula.Length, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>
    /// True when <paramref name="before"/> ends where a writer would give their name. At the start of a sentence the
    /// name must end it too (홍길동입니다. …), because a title such as "노숙자입니다" reads the same.
    /// </summary>
    private static bool Introduces(ReadOnlySpan<char> before, bool sentenceEnds)
    {
        var trimmed = before.TrimEnd(" ,");
        if (trimmed.IsEmpty || ".!?\n~".Contains(trimmed[^1]))
        {
            return sentenceEnds;
        }

        foreach (var word in Greetings)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (before.Length == trimmed.Length)
        {
            return false;
        }

        foreach (var word in Roles)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByPunctuation(string text, int after) => after < text.Length && ".,!~".Contains(text[after]);

    private static bool AllHangul(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!HangulSyllable.Is(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
