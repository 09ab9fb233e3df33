using Dasan.Core.Challenges;

namespace Dasan.Web.Challenges;

/// <summary>Korean names of the hub's codes for pages (no English codes on pages).</summary>
public static class ChallengeNames
{
    public static string Status(ChallengeStatus s) => s switch
    {
        ChallengeStatus.Draft => "작성 중",
        ChallengeStatus.Submitted => "승인 대기",
        ChallengeStatus.Published => "공모 중",
        ChallengeStatus.Evaluating => "평가 중",
        _ => "결정 완료",
    };

    public static string Outcome(ProposalOutcome o) => o switch
    {
        ProposalOutcome.Accepted => "선정",
        ProposalOutcome.Rejected => "미선정",
        _ => "심사 중",
    };

    public static string Pilot(PilotStatus s) => s switch
    {
        PilotStatus.Running => "실증 중",
        PilotStatus.Finished => "실증 완료",
        _ => "중단",
    };

    public static string Source(string kind) => kind switch
    {
        ChallengeSources.Radar => "이슈 레이더",
        ChallengeSources.Backlog => "대시보드 처리 지연",
        _ => "부서 제안",
    };

    public static string Gate(string result) => result switch
    {
        "pass" => "통과",
        "conditional" => "조건부 통과",
        _ => "중단",
    };

    public static string Procurement(string? p) => p switch
    {
        "recommend" => "구매 권고",
        "not_recommend" => "구매 권고하지 않음",
        _ => "결정 전",
    };

    public static string Better(string better) => better == "lower" ? "낮을수록 좋음" : "높을수록 좋음";

    public static string Won(long krw)
    {
        var eok = krw / 100_000_000;
        var man = krw % 100_000_000 / 10_000;
        return eok == 0 ? $"{man:N0}만 원" : man == 0 ? $"{eok}억 원" : $"{eok}억 {man:N0}만 원";
    }
}
