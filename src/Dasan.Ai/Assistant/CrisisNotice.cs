using Dasan.Ai.Triage.Urgency;
using Dasan.Core.Requests;

namespace Dasan.Ai.Assistant;

/// <summary>
/// What the assistant says first when a question tells of danger to life now (the urgency classifier of the intake, or its
/// word rules alone, rate it critical): whom to call, before anything the guides hold. "친구가 극단적 선택을 할 것 같아요" must not get a refusal,
/// nor "요즘 죽고 싶어요" a line on how to listen to a friend. A question about the danger in general (자살예방 교육 신청,
/// 화재보험) is not critical and gets no notice.
/// </summary>
public static class CrisisNotice
{
    private static readonly UrgencyClassifier WordRules = new(useModel: false);

    /// <summary>Self-harm: the national suicide-prevention line, 24 hours.</summary>
    public const string SelfHarm = "지금 스스로를 해칠 생각이 들거나 주변에 그런 사람이 있다면 혼자 견디지 말고 바로 109(자살예방 상담전화, 24시간)에 전화하세요. 당장 위험한 상황이면 112나 119에 전화하세요.";

    /// <summary>Violence, threats, abuse, kidnapping, stalking.</summary>
    public const string Police = "지금 위험한 상황이라면 바로 112에 전화하세요(범죄·폭력 신고). 다친 사람이 있으면 119에도 전화하세요.";

    /// <summary>Fire, rescue, a body in danger.</summary>
    public const string Rescue = "생명이 위험한 상황이라면 지금 바로 119에 전화하세요(화재·구조·구급). 범죄나 폭력이면 112에 전화하세요.";

    /// <summary>Whom to call for <paramref name="question"/> (109, 112 or 119), or null when it tells of no danger to life now.</summary>
    public static EmergencyAdvice? For(UrgencyClassifier urgency, string question) => Read(urgency, question)?.Advice;

    /// <summary>The crisis <paramref name="question"/> tells of: whom to call and the kind of danger; null when none.</summary>
    public static Crisis? Read(UrgencyClassifier urgency, string question)
    {
        ArgumentNullException.ThrowIfNull(urgency);
        // The word rules' reading counts even when the models would lower it: a notice costs a reader a line, a missed one
        // may cost a life ("요즘 너무 힘들어서 죽고 싶어요", which the models read as a figure of speech).
        var assessed = urgency.Assess(question);
        if (assessed.Level != Urgency.Critical && (assessed = WordRules.Assess(question)).Level != Urgency.Critical)
        {
            return null;
        }

        var reason = assessed.Reason ?? "";
        var advice = EmergencyAdvice.IsSelfHarm(reason) ? new EmergencyAdvice("109", SelfHarm)
            : EmergencyAdvice.IsPoliceMatter(reason) ? new EmergencyAdvice("112", Police)
            : new EmergencyAdvice("119", Rescue);
        return new Crisis(advice, reason);
    }
}
