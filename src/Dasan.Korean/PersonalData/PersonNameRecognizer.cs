using System.Collections.Frozen;
using Dasan.Korean.Tokenization;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// Finds names only where context introduces one (저는 홍길동입니다, 성함: 이영희, 민원인 박민수,
/// 김철수 씨): a known surname and one or two given-name syllables, never a dictionary noun.
/// </summary>
internal sealed class PersonNameRecognizer : IPersonalDataRecognizer
{
    private static readonly string[] LabelTriggers =
    [
        "이름은", "이름:", "이름 :", "이름", "성함은", "성함:", "성함 :", "성함", "성명은", "성명:", "성명 :", "성명",
        "민원인:", "민원인", "신청인:", "신청인", "작성자:", "작성자", "예금주:", "예금주", "대표자:", "보호자:", "보호자",
        "수령인:", "신고인:", "신고인", "신고자:", "신고자", "제보자:", "제보자", "연락자:", "담당자:", "피해자:", "피해자", "세대주:",
        // A relative named after the word for them (제 아들 최준호가, 어머니 김순자 씨).
        "아들", "딸", "남편", "아내", "어머니", "아버지", "엄마", "아빠", "동생", "언니", "오빠", "누나", "할머니", "할아버지", "손자", "손녀",
    ];

    /// <summary>Job titles a name comes before (김민수 주무관님께, 박지영 팀장).</summary>
    private static readonly string[] Titles = ["주무관", "팀장", "과장", "국장", "주임", "대리", "선생님", "기사님", "사무관", "실장"];

    private static readonly string[] SelfTriggers = ["저는", "제가"];

    private static readonly string[] CopulaSuffixes =
        ["입니다", "이고", "이며", "인데", "인데요", "이라고", "라고", "예요", "이에요", "이구요", "이고요", "입니당", "이라는", "라는"];

    private static readonly FrozenSet<string> NameSuffixes = new[]
    {
        "", "입니다", "이고", "이며", "인데", "인데요", "이라고", "라고", "예요", "이에요", "씨", "님", "이", "가", "은", "는", "의",
        "께서", "에게", "을", "를", "과", "와", "이고요", "이구요", "으로", "로", "이라는", "라는", "씨가", "씨는", "씨의", "님이", "님의",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "학생", "주부", "직장인", "회사원", "대학생", "고등학생", "중학생", "초등학생", "엄마", "아빠", "할머니", "할아버지", "주민", "시민",
        "구민", "세입자", "자영업자", "운전자", "기사", "교사", "간호사", "공무원", "환자", "임산부", "장애인", "노인", "청년", "직원",
        "사장", "상인", "이용자", "이용객", "승객", "거주자", "입주민", "학부모", "여성", "남성", "한국인", "외국인", "대표", "관리인",
        "경비원", "이사", "이장", "통장", "반장", "배달원", "노동자", "강아지", "고객", "본인", "당사자", "주인", "세대주", "가장",
        "정말", "진짜", "지금", "오늘", "이번", "처음", "혼자", "매일", "항상", "여기", "거기", "이곳", "서울", "이웃", "동네", "그분",
        "이번주", "오전", "오후", "어제", "내일", "전화", "문의", "신청", "확인", "민원", "기록", "요청", "제출", "이동", "김치",
        // Who a writer says they are (노숙자입니다. 임차인입니다.), which read like a surname and a given name.
        "노숙자", "임차인", "임대인", "고령자", "유공자", "연구원", "방문객", "한사람", "수급자", "관리자", "조합원", "봉사자", "신청자",
        "피해자", "가해자", "보호자", "후원자", "위원장", "사업자", "소유자", "거주민", "이주민", "고객님", "유가족", "한부모",
        "여러분", "선생님", "여직원", "남직원", "여학생", "남학생", "동기생", "졸업생", "신입생", "재학생", "유학생", "수험생", "전학생", "하숙생",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nouns that begin with a surname syllable and follow a role word (신고인 정보는, 신청인 주소를): with a particle no given
    /// name ends in, not a name. Given names ending 도, 가, 은 (이상도, 정상은) stay names.
    /// </summary>
    private static readonly FrozenSet<string> NounsBeforeParticles = new[]
    {
        "정보", "정책", "정리", "정부", "정상", "이상", "이후", "이용", "이전", "이유", "이사", "조사", "조치", "조건", "안내", "안전",
        "유지", "유형", "전기", "전체", "전부", "전달", "변경", "방문", "방법", "연락", "연장", "한번", "공사", "공개", "주차", "주소",
        "신고", "신분", "문제", "문서", "서류", "기간", "기준", "차량", "홍보", "허가", "장소", "고지", "오류", "명의", "동의", "서명",
    }.ToFrozenSet(StringComparer.Ordinal);

    public void Find(string text, List<PersonalDataFinding> findings)
    {
        foreach (var trigger in LabelTriggers)
        {
            FindAfter(text, trigger, selfIntroduction: false, findings);
        }

        foreach (var trigger in SelfTriggers)
        {
            FindAfter(text, trigger, selfIntroduction: true, findings);
        }

        FindBeforeHonorific(text, findings);
        FindBeforeTitle(text, findings);
        SelfIntroduction.Find(text, findings);
    }

    private static void FindBeforeTitle(string text, List<PersonalDataFinding> findings)
    {
        foreach (var title in Titles)
        {
            var index = text.IndexOf(title, StringComparison.Ordinal);
            while (index >= 0)
            {
                var end = index > 0 && text[index - 1] == ' ' ? index - 1 : index;
                var start = end - 3;
                if (start >= 0 && (start == 0 || !HangulSyllable.Is(text[start - 1])) && IsHangul(text, start, end) && IsPlausibleName(text.AsSpan(start, 3)))
                {
                    findings.Add(new PersonalDataFinding(PersonalDataType.PersonName, start, 3, 0.7, text.Substring(start, 3)));
                }

                index = text.IndexOf(title, index + title.Length, StringComparison.Ordinal);
            }
        }
    }

    private static void FindAfter(string text, string trigger, bool selfIntroduction, List<PersonalDataFinding> findings)
    {
        var index = text.IndexOf(trigger, StringComparison.Ordinal);
        while (index >= 0)
        {
            var start = index + trigger.Length;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            var boundary = index == 0 || !HangulSyllable.Is(text[index - 1]) || trigger.StartsWith("이름", StringComparison.Ordinal);
            if (boundary && start > index + trigger.Length - (trigger.EndsWith(':') ? 1 : 0) && MatchName(text, start, selfIntroduction, shortNames: trigger[^1] == ':') is { } length)
            {
                var confidence = selfIntroduction ? 0.8 : 0.88;
                findings.Add(new PersonalDataFinding(PersonalDataType.PersonName, start, length, confidence, text.Substring(start, length)));
            }

            index = text.IndexOf(trigger, index + trigger.Length, StringComparison.Ordinal);
        }
    }

    private static int? MatchName(string text, int start, bool selfIntroduction, bool shortNames)
    {
        var end = start;
        while (end < text.Length && HangulSyllable.Is(text[end]))
        {
            end++;
        }

        if (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            return null;
        }

        var word = text.AsSpan(start, end - start);
        int[] lengths = shortNames ? [3, 2, 4] : [3, 4];
        foreach (var length in lengths)
        {
            if (word.Length < length)
            {
                continue;
            }

            var rest = word[length..].ToString();
            var suffixFits = selfIntroduction ? Array.IndexOf(CopulaSuffixes, rest) >= 0 : NameSuffixes.Contains(rest);
            if (suffixFits && IsPlausibleName(word[..length]))
            {
                return length;
            }
        }

        return null;
    }

    internal static bool IsPlausibleName(ReadOnlySpan<char> name)
    {
        var key = name.ToString();
        if (NotNames.Contains(key) || (key.Length == 3 && "는를을의에".Contains(key[2], StringComparison.Ordinal) && NounsBeforeParticles.Contains(key[..2])) || KoreanLexicon.Nouns.Contains(key) || KoreanLexicon.StopWords.Contains(key)
            || "를을의에께죠요다까면".Contains(key[^1], StringComparison.Ordinal) || (key.Length >= 3 && KoreanLexicon.Nouns.Contains(key[..2])))
        {
            return false;
        }

        return name.Length == 4 ? KoreanLexicon.Surnames.Contains(key[..2]) : KoreanLexicon.Surnames.Contains(key[..1]);
    }

    private static void FindBeforeHonorific(string text, List<PersonalDataFinding> findings)
    {
        var index = text.IndexOf('씨', StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = index > 0 && text[index - 1] == ' ' ? index - 1 : index;
            var start = end - 3;
            var wordPart = end == index && index > 0 && "날글솜말불맵음저가홀꽃볍".Contains(text[index - 1], StringComparison.Ordinal);
            if (start >= 0 && !wordPart && (start == 0 || !HangulSyllable.Is(text[start - 1])) && IsHangul(text, start, end)
                && (index + 1 >= text.Length || !HangulSyllable.Is(text[index + 1]) || "가는의에께를도와".Contains(text[index + 1], StringComparison.Ordinal))
                && IsPlausibleName(text.AsSpan(start, 3)))
            {
                findings.Add(new PersonalDataFinding(PersonalDataType.PersonName, start, 3, 0.7, text.Substring(start, 3)));
            }

            index = text.IndexOf('씨', index + 1);
        }
    }

    private static bool IsHangul(string text, int start, int end)
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
