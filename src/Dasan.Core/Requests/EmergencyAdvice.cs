namespace Dasan.Core.Requests;

/// <summary>
/// What a citizen is told at once when a request is rated critical (danger to life): call 119 (fire, rescue,
/// ambulance) or 112 (police) now, because a written request is not an emergency line. The request has also gone to
/// the duty desk.
/// </summary>
/// <param name="Call">The number to call first: <c>119</c> or <c>112</c> (the assistant also says <c>109</c>, the
/// suicide-prevention line, for self-harm).</param>
/// <param name="Message">The Korean message shown on the confirmation page (or the Q&amp;A page) and returned by the API.</param>
public sealed record EmergencyAdvice(string Call, string Message)
{
    private static readonly string[] PoliceCategories = ["폭력", "위협", "학대", "납치", "스토킹"];

    /// <summary>True when an urgency reason names violence, threats, abuse, kidnapping or stalking: 112 before 119.</summary>
    public static bool IsPoliceMatter(string reason) => PoliceCategories.Any(c => reason.Contains(c, StringComparison.Ordinal));

    /// <summary>True when an urgency reason names a risk of suicide or self-harm (자살·자해 위험).</summary>
    public static bool IsSelfHarm(string reason) => reason.Contains("자살", StringComparison.Ordinal);

    /// <summary>The advice for <paramref name="request"/>, or null when it is not critical.</summary>
    public static EmergencyAdvice? For(CitizenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Urgency != "critical")
        {
            return null;
        }

        var reason = request.Events.FirstOrDefault(e => e.Kind == "escalated")?.Note ?? "";
        return IsPoliceMatter(reason) ? new EmergencyAdvice("112", Police)
            : IsSelfHarm(reason) ? new EmergencyAdvice("119", SelfHarm)
            : new EmergencyAdvice("119", Rescue);
    }

    private const string Police = "지금 위험한 상황이라면 바로 112에 전화하세요(범죄·폭력 신고). 다친 사람이 있으면 119에도 전화하세요. 민원은 긴급 출동 창구가 아닙니다. 이 민원은 서울시 당직 부서에도 즉시 전달되었습니다.";

    private const string Rescue = "생명이 위험한 상황이라면 지금 바로 119에 전화하세요(화재·구조·구급). 범죄나 폭력이면 112에 전화하세요. 민원은 긴급 출동 창구가 아닙니다. 이 민원은 서울시 당직 부서에도 즉시 전달되었습니다.";

    /// <summary>Self-harm: 119 or 112 for danger now, and the suicide-prevention line as the knowledge assistant says.</summary>
    private const string SelfHarm = "생명이 위험한 상황이라면 지금 바로 119나 112에 전화하세요. 스스로를 해칠 생각이 들거나 주변에 그런 사람이 있다면 109(자살예방 상담전화, 24시간)에서 언제든 상담받을 수 있습니다. 민원은 긴급 출동 창구가 아닙니다. 이 민원은 서울시 당직 부서에도 즉시 전달되었습니다.";
}
