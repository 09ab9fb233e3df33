namespace Dasan.Core.Departments;

/// <summary>The fixed domain taxonomy of PRODUCT.md.</summary>
public static class Domains
{
    public static readonly IReadOnlyDictionary<string, string> Korean = new Dictionary<string, string>
    {
        ["transport"] = "교통",
        ["welfare"] = "복지",
        ["health"] = "보건·건강",
        ["economy"] = "경제·일자리",
        ["tourism_sports"] = "관광·체육",
        ["culture"] = "문화",
        ["women_family"] = "여성·가족",
        ["environment"] = "환경·공원",
        ["safety"] = "안전",
        ["housing_urban"] = "주택·도시",
        ["administration"] = "행정",
        ["education"] = "교육",
    };

    public static readonly IReadOnlyDictionary<string, string> English = new Dictionary<string, string>
    {
        ["transport"] = "Transport",
        ["welfare"] = "Welfare",
        ["health"] = "Health",
        ["economy"] = "Economy and jobs",
        ["tourism_sports"] = "Tourism and sports",
        ["culture"] = "Culture",
        ["women_family"] = "Women and family",
        ["environment"] = "Environment and parks",
        ["safety"] = "Safety",
        ["housing_urban"] = "Housing and urban",
        ["administration"] = "Administration",
        ["education"] = "Education",
    };

    public static bool IsKnown(string code) => Korean.ContainsKey(code);
}
