using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>Section headings of a guide that hold what a question asks for (요금 for 얼마, 대상 for 몇 살, 문의처 for 전화번호).</summary>
internal static partial class IntentHeadings
{
    /// <summary>The heading pattern of <paramref name="intent"/>; null for how-to and other questions, whose answer may sit anywhere.</summary>
    public static Regex? Headings(QuestionIntent intent) => intent switch
    {
        QuestionIntent.HowMuch => HowMuch(),
        QuestionIntent.When => When(),
        QuestionIntent.Eligibility => Eligibility(),
        QuestionIntent.Where => Where(),
        QuestionIntent.Contact => Contact(),
        _ => null,
    };

    [GeneratedRegex(@"요금|비용|금액|가격|수수료|관람료|입장료|이용료|사용료|과태료|지급액|활동비|지원\s*(금액|내용|액)|혜택|얼마|fee|cost|price", RegexOptions.IgnoreCase)]
    private static partial Regex HowMuch();

    [GeneratedRegex(@"기간|일정|시간|시기|기한|언제|운영|휴관|휴궁|휴무|when|hours", RegexOptions.IgnoreCase)]
    private static partial Regex When();

    [GeneratedRegex(@"대상|자격|조건|(?<!년\s*)기준|누가|who|eligib", RegexOptions.IgnoreCase)]
    private static partial Regex Eligibility();

    [GeneratedRegex(@"장소|위치|어디|있는\s*곳|찾는\s*곳|사용처|가맹점|창구|접수처|신청처|where|location", RegexOptions.IgnoreCase)]
    private static partial Regex Where();

    [GeneratedRegex(@"문의|연락처|전화|contact|help|phone", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();
}
