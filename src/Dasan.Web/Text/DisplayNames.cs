using Dasan.Core.Requests;

namespace Dasan.Web.Text;

/// <summary>
/// Korean names for the codes the system stores (issue 15: no English codes on pages): channels and the
/// non-human actors of a request's history. Staff logins stay as they are: they are the people's own names.
/// </summary>
public static class DisplayNames
{
    public static string Channel(RequestChannel channel) => channel switch
    {
        RequestChannel.Web => "누리집 신청",
        RequestChannel.Api => "외부 시스템 연동",
        RequestChannel.Open311 => "앱 연동(표준 민원 규격)",
        RequestChannel.Import => "일괄 가져오기",
        _ => "기타",
    };

    public static string Actor(string actor) => actor switch
    {
        "citizen" => "신청인",
        "system" => "시스템",
        "seed" => "예시 자료",
        "ai" or "ai:triage" => "AI 자동 분류",
        _ when actor.StartsWith("ai:", StringComparison.Ordinal) => "AI",
        _ when actor.StartsWith("apikey:", StringComparison.Ordinal) => "외부 시스템(" + actor["apikey:".Length..] + ")",
        _ => actor,
    };

    /// <summary>
    /// A history note in the page's language: the note the system writes when it masked personal data (its words and the
    /// kinds it lists) goes through <paramref name="term"/>; what staff wrote and department names stay as written.
    /// </summary>
    public static string Note(string note, Func<string, string> term) =>
        note.StartsWith(RequestIntake.MaskedNote + ": ", StringComparison.Ordinal)
            ? term(RequestIntake.MaskedNote) + ": " + string.Join(", ", note[(RequestIntake.MaskedNote.Length + 2)..].Split(", ").Select(term))
            : note;
}
