namespace Dasan.Core.Programme.Portfolio;

/// <summary>Korean names of the portfolio's stages, plan statuses and Seoul's four fields.</summary>
public static class StageNames
{
    public static readonly IReadOnlyList<string> SeoulFields = ["약자와의 동행", "매력서비스", "시민 안전망", "업무방식 혁신"];
    public static readonly IReadOnlyList<string> Techniques = ["classical_ml", "nlp", "generative", "vision", "agentic", "optimisation", "speech"];
    public static readonly IReadOnlyList<string> Sourcing = ["in_house", "vendor", "mixed"];
    public static readonly IReadOnlyList<string> Outputs = ["prediction", "recommendation", "decision", "content"];

    public static string Korean(string? stage) => stage switch
    {
        "idea" => "아이디어",
        "planned" => "계획",
        "pilot" => "시범 운영",
        "deployed" => "운영",
        "retired" => "폐기",
        _ => stage ?? "",
    };

    public static string Korean(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "작성 중",
        PlanStatus.Submitted => "검토 요청",
        PlanStatus.Returned => "보완 요청",
        _ => "승인",
    };

    public static string Technique(string? t) => t switch
    {
        "classical_ml" => "전통적 기계학습",
        "nlp" => "자연어 처리",
        "generative" => "생성형 AI",
        "vision" => "영상 인식",
        "agentic" => "에이전트",
        "optimisation" => "최적화",
        "speech" => "음성",
        _ => t ?? "",
    };
}
