using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Tells what a question asks for and whether a sentence holds that kind of answer (an amount for 얼마, a date for
/// 언제, a place or site for 어디, a condition for 대상, a step for 어떻게, a phone number for 연락처).
/// </summary>
public static partial class QuestionIntentDetector
{
    /// <summary>Words that only say what is asked; they are not content the guide must repeat.</summary>
    public static FrozenSet<string> SlotWords { get; } = new[]
    {
        "방법", "절차", "어디", "장소", "위치", "언제", "기간", "기한", "얼마", "금액", "가격", "나이", "연령", "몇살", "대상", "자격", "조건",
        "전화번호", "연락처", "번호", "필요", "가능", "순서", "과정",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static QuestionIntent Detect(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = question.ToLowerInvariant();
        if (ContactPattern().IsMatch(q))
        {
            return QuestionIntent.Contact;
        }

        if (HowMuchPattern().IsMatch(q))
        {
            // A priced thing named as the topic (무료 수거, 할인, 지원금) yields to another slot asked in so many words:
            // "폐가전 무료수거 신청 방법" asks how, "독감 무료접종 대상이 누구에요" who.
            return AmountAsked().IsMatch(q) ? QuestionIntent.HowMuch : OtherSlotAsked(q) ?? QuestionIntent.HowMuch;
        }

        if (WhenPattern().IsMatch(q))
        {
            return QuestionIntent.When;
        }

        if (EligibilityPattern().IsMatch(q))
        {
            return QuestionIntent.Eligibility;
        }

        if (WherePattern().IsMatch(q))
        {
            return QuestionIntent.Where;
        }

        return HowPattern().IsMatch(q) ? QuestionIntent.How : QuestionIntent.Other;
    }

    private static QuestionIntent? OtherSlotAsked(string q) =>
        WhenAsked().IsMatch(q) ? QuestionIntent.When
        : EligibilityAsked().IsMatch(q) ? QuestionIntent.Eligibility
        : WherePattern().IsMatch(q) ? QuestionIntent.Where
        : HowAsked().IsMatch(q) ? QuestionIntent.How
        : null;

    /// <summary>True when <paramref name="sentence"/> holds the kind of answer <paramref name="intent"/> asks for.</summary>
    public static bool HasEvidence(QuestionIntent intent, string sentence) => intent switch
    {
        QuestionIntent.Contact => PhoneEvidence().IsMatch(sentence),
        QuestionIntent.HowMuch => AmountEvidence().IsMatch(sentence),
        QuestionIntent.When => TimeEvidence().IsMatch(sentence),
        QuestionIntent.Eligibility => EligibilityEvidence().IsMatch(sentence),
        QuestionIntent.Where => PlaceEvidence().IsMatch(sentence),
        QuestionIntent.How => StepEvidence().IsMatch(sentence),
        _ => true,
    };

    /// <summary>A sentence that defines rather than instructs (…이란 …을 말합니다): a poor answer to how, where, how much or when.</summary>
    public static bool IsDefinition(string sentence) => DefinitionPattern().IsMatch(sentence);

    [GeneratedRegex(@"전화번호|연락처|번호(가|는|좀)?\s*(뭐|알려|어떻게)|몇\s*번으로|어디로\s*전화|전화\s*(어디|몇)|phone|number to call|call\b")]
    private static partial Regex ContactPattern();

    [GeneratedRegex(@"얼마|요금|수수료|비용|가격|금액|입장료|관람료|이용료|몇\s*원|돈\s*(내|들|나와|받)|무료|유료|공짜|할인|감면|지원금|how much|\bfee|\bcost|\bprice|free\b")]
    private static partial Regex HowMuchPattern();

    [GeneratedRegex(@"얼마|몇\s*원|돈\s*(내|들|나와|받)|how much")]
    private static partial Regex AmountAsked();

    [GeneratedRegex(@"어떻게|방법|절차|하려면|하는\s*법|어케|어캐|순서|how (do|can|to)")]
    private static partial Regex HowAsked();

    [GeneratedRegex(@"언제|며칠|몇\s*일|기한|마감|기간|몇\s*시|when\b|what time|deadline")]
    private static partial Regex WhenAsked();

    [GeneratedRegex(@"대상|자격|조건|누가|누구|몇\s*살|나이|연령|eligible|who can|qualif|how old")]
    private static partial Regex EligibilityAsked();

    [GeneratedRegex(@"언제|며칠|몇\s*일|기한|마감|기간|몇\s*시|운영\s*시간|쉬는\s*날|휴관|휴무|주말에|공휴일|새벽|몇\s*주|몇\s*달|when\b|what time|deadline|open\b|hours")]
    private static partial Regex WhenPattern();

    [GeneratedRegex(@"대상|자격|조건|몇\s*살|나이|연령|소득|해당\s*(돼|되|하)|받을\s*수\s*있|신청할\s*수\s*있|할\s*수\s*있어|될까요|되나요\?*$|되나\?*$|돼요\?+$|eligible|who can|qualif|how old|old enough|minimum age|age limit")]
    private static partial Regex EligibilityPattern();

    [GeneratedRegex(@"어디|어느\s*(곳|기관|센터|사이트|앱)|장소|위치|where\b|which office|which site")]
    private static partial Regex WherePattern();

    [GeneratedRegex(@"어떻게|방법|절차|하려면|하는\s*법|신청|신고|어케|어캐|뭘\s*해야|뭐\s*해야|순서|how (do|can|to)|apply|report")]
    private static partial Regex HowPattern();

    [GeneratedRegex(@"\d{2,4}[-‐)]\d{3,4}(-\d{4})?|국번\s*없이|(?<![\d,.])(1\d{2}|13\d{2})(?=[^\w%.,]|$|번|(에|로|으로|이나|나|또는|과|와|을|를)(?![가-힣]))|다산콜|콜센터")]
    private static partial Regex PhoneEvidence();

    [GeneratedRegex(@"\d[\d,.]*\s*(원|만\s*원|천\s*원|%|퍼센트)|무료|유료|면제|감면|할인|won\b|free\b")]
    private static partial Regex AmountEvidence();

    [GeneratedRegex(@"\d+\s*(일|시|분|주|개월|달|년|월)|요일|평일|주말|공휴일|휴관|24시간|이내|까지|부터|즉시|매년|매월|상시")]
    private static partial Regex TimeEvidence();

    [GeneratedRegex(@"대상|자격|조건|\d+\s*세|만\s*\d+|이상|이하|미만|초과|소득|거주|해당|가구|수급|누구나|제외|included|eligible|aged")]
    private static partial Regex EligibilityEvidence();

    [GeneratedRegex(@"주민센터|구청|센터|누리집|홈페이지|사이트|앱|창구|민원실|방문|온라인|인터넷|우편|보건소|사무소|역\b|\.kr|\.go|www|정부24|120")]
    private static partial Regex PlaceEvidence();

    [GeneratedRegex(@"신청|신고|접수|제출|방문|예약|결제|납부|하세요|하십시오|합니다|하면\s*됩니다|누리집|앱|전화|준비|선택|입력|발급|내면|붙여|가져")]
    private static partial Regex StepEvidence();

    [GeneratedRegex(@"(이)?란\s|(이)?라고\s*(합니다|해요|부릅니다)|을\s*말합니다|를\s*말합니다|뜻합니다|의미합니다|제도입니다|사업입니다|서비스입니다")]
    private static partial Regex DefinitionPattern();
}
