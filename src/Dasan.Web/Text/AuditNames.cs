using Dasan.Core.Access;

namespace Dasan.Web.Text;

/// <summary>
/// Korean names of audit actions and actor kinds for the audit page (issue 15: no English codes on pages). The code
/// stays in the database and the export; an action this list does not know is shown by its group and code.
/// </summary>
public static class AuditNames
{
    private static readonly Dictionary<string, string> Groups = new()
    {
        ["request"] = "민원", ["triage"] = "AI 민원분류", ["usecase"] = "AI 사업", ["training"] = "AI 역량 교육", ["staff"] = "직원",
        ["model"] = "분류 모델", ["radar"] = "이슈 레이더", ["knowledge"] = "지식 문서", ["catalog"] = "부서 목록", ["department"] = "부서 목록",
        ["apikey"] = "연동 키", ["notification"] = "알림", ["installation"] = "설치", ["portfolio"] = "AI 사업", ["programme"] = "AI 사업",
        ["audit"] = "감사 로그", ["job"] = "예약 작업", ["dashboards"] = "대시보드", ["seed"] = "예시 자료",
        ["challenge"] = "AI 실증 과제", ["challenges"] = "AI 실증 과제", ["startup"] = "참여 기업", ["proposal"] = "실증 제안서", ["evaluation"] = "제안 평가",
        ["pilot"] = "AI 실증", ["intake_journal"] = "배정 대기 민원",
    };

    private static readonly Dictionary<string, string> Verbs = new()
    {
        ["received"] = "접수", ["assigned"] = "배정", ["transferred"] = "이송", ["accepted"] = "처리 시작", ["answered"] = "답변",
        ["closed"] = "종결", ["rejected"] = "반려", ["duplicate"] = "중복 처리", ["escalated"] = "상급 보고", ["original_viewed"] = "원문 열람",
        ["suggested"] = "분류 제안", ["overridden"] = "분류 변경", ["duplicate_linked"] = "중복 연결", ["rule_added"] = "규칙 추가",
        ["rule_disabled"] = "규칙 끄기", ["created"] = "등록", ["updated"] = "수정", ["deleted"] = "삭제", ["replaced"] = "교체", ["stored"] = "저장",
        ["submitted"] = "승인 요청", ["approved"] = "승인", ["returned"] = "보완 요청", ["commented"] = "의견", ["login"] = "로그인",
        ["login_failed"] = "로그인 실패", ["login_locked"] = "로그인 잠금", ["logout"] = "로그아웃", ["trained"] = "학습", ["evaluated"] = "평가",
        ["promoted"] = "운영 반영", ["rolled_back"] = "되돌리기", ["saved"] = "저장", ["catalog_loaded"] = "불러오기", ["seeded"] = "예시 자료 설치",
        ["read"] = "읽음", ["enrolled"] = "수강 신청", ["lesson_read"] = "학습 자료 읽음", ["module_completed"] = "과목 이수",
        ["quiz_started"] = "퀴즈 시작", ["quiz_submitted"] = "퀴즈 제출", ["quiz_late"] = "퀴즈 시간 초과", ["roster_imported"] = "명단 가져오기",
        ["roster_seeded"] = "명단 설치", ["completions_imported"] = "이수 기록 가져오기", ["confirmed"] = "이슈 확인", ["dismissed"] = "이슈 기각",
        ["added"] = "추가", ["run_requested"] = "실행 요청", ["recovered"] = "중단 후 재실행", ["failed"] = "실패", ["enabled"] = "켜기", ["paused"] = "멈춤", ["mailed"] = "발송",
        ["published"] = "공고", ["evaluator_assigned"] = "평가위원 지정", ["decided"] = "결정", ["registered"] = "가입", ["attached"] = "파일 첨부",
        ["detached"] = "첨부 삭제", ["declared"] = "이해충돌 신고", ["started"] = "시작", ["measured"] = "성과 측정", ["gate"] = "단계 점검", ["finished"] = "완료",
        ["retried"] = "다시 처리", ["skipped"] = "AI 분류 생략(분류 데스크 배정)",
    };

    public static string Action(string action)
    {
        var parts = action.Split('.');
        var group = Groups.TryGetValue(parts[0], out var g) ? g : parts[0];
        var verb = Verbs.TryGetValue(parts[^1], out var v) ? v : null;
        return verb is null ? $"{group} · {action}" : $"{group} · {verb}";
    }

    /// <summary>The Korean name of an action's last part ("approved" → "승인"), or the code when unknown.</summary>
    public static string Verb(string code) =>
        code.StartsWith("stage.", StringComparison.Ordinal) ? "단계 이동: " + Core.Programme.Portfolio.StageNames.Korean(code["stage.".Length..])
        : Verbs.TryGetValue(code, out var v) ? v : code;

    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Human => "직원",
        ActorKind.Ai => "AI",
        ActorKind.System => "시스템",
        ActorKind.Citizen => "시민",
        ActorKind.Integration => "외부 시스템",
        _ => "기타",
    };
}
