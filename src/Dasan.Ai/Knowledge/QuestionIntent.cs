namespace Dasan.Ai.Knowledge;

/// <summary>What a question asks for, which decides the kind of sentence that answers it.</summary>
public enum QuestionIntent
{
    /// <summary>Anything else (what is, yes/no).</summary>
    Other,

    /// <summary>How to do it: the procedure step (신청 방법, 어떻게, 절차).</summary>
    How,

    /// <summary>Where: a place, site, counter or app (어디서, 어디에).</summary>
    Where,

    /// <summary>How much: a fee, amount or discount (얼마, 요금, 수수료).</summary>
    HowMuch,

    /// <summary>Who is eligible: conditions, age, income (대상, 자격, 몇 살).</summary>
    Eligibility,

    /// <summary>When: a date, period, deadline or opening hours (언제, 며칠, 기한).</summary>
    When,

    /// <summary>Whom to call: a phone number or contact (전화번호, 연락처).</summary>
    Contact,
}
