using Dasan.Korean.Tokenization;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// A name introduced without 저는: "홍길동입니다." at the start of a sentence, after a greeting
/// (안녕하세요, 김영희예요) or after the word for who the writer is (마포구 주민 김영희입니다, 3반 학부모 이수진이에요).
/// </summary>
internal static class SelfIntroduction
{
    private static readonly string[] Copulas = ["입니다", "이에요", "예요"];

    /// <summary>
    /// Spoken and dialect endings (김말순이오, 구자영이라고 합니다): only after a greeting or a role, never at the start of a
    /// sentence. Not 요, 이요, 인데요: after a role they end things as often as names (할머니 지갑이요, 학생 정기권이요).
    /// </summary>
    private static readonly string[] SpokenCopulas = ["이라고 합니다", "라고 합니다", "이라고 해요", "라고 해요", "이오"];

    private static readonly string[] Greetings = ["안녕하세요", "안녕하십니까", "반갑습니다", "수고하십니다", "수고하세요"];

    private static readonly string[] Roles =
        ["주민", "시민", "구민", "사는", "거주하는", "살고 있는", "학부모", "보호자", "엄마", "아빠", "민원인", "신청인", "신고인", "세입자", "운영하는",
         "대학생", "학생", "할아버지", "할머니", "직장인", "주부", "회사원", "자영업자", "살"];

    public static void Find(string text, List<PersonalDataFinding> findings)
    {
        foreach (var copula in Copulas.Concat(SpokenCopulas))
        {
            var spoken = Array.IndexOf(SpokenCopulas, copula) >= 0;
            var index = text.IndexOf(copula, StringComparison.Ordinal);
            while (index >= 0)
            {
                var start = index - 3;
                var after = index + copula.Length;
                if (start >= 0 && (start == 0 || !HangulSyllable.Is(text[start - 1])) && AllHangul(text, start, index)
                    && (after >= text.Length || !HangulSyllable.Is(text[after])) && Introduces(text.AsSpan(0, start), !spoken && FollowedByPunctuation(text, after))
                    && (!spoken || FitsEnding(text[index - 1], copula)) && PersonNameRecognizer.IsPlausibleName(text.AsSpan(start, 3)))
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
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && (word != "살" || IsAge(trimmed[..^word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>살 is a word for who the writer is only as an age (23살, 일흔두 살, 스물한 살, 여든 살).</summary>
    private static bool IsAge(ReadOnlySpan<char> before)
    {
        var age = before.TrimEnd(' ');
        return !age.IsEmpty && (char.IsAsciiDigit(age[^1]) || "하나둘셋넷두세네섯곱덟홉열른흔순한무쉰든".Contains(age[^1]));
    }

    /// <summary>이오 and 이라고 follow a name that ends in a consonant (김말순이오); 라고 one that ends in a vowel (문창수라고 해요).</summary>
    private static bool FitsEnding(char last, string copula) =>
        HangulSyllable.Is(last) && ((last - 0xAC00) % 28 != 0) == (copula[0] == '이');

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
