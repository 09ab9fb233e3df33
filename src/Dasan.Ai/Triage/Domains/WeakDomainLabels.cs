namespace Dasan.Ai.Triage.Domains;

/// <summary>
/// Maps labels of other taxonomies to Dasan's domain codes: the 17 categories of the national petition board
/// (청와대 국민청원). A category that spans two domains is resolved per text by the catalog router; categories
/// with no city domain (정치개혁, 외교/통일/국방, 기타, 미래, 성장동력, 인권/성평등) are not used.
/// </summary>
public static class WeakDomainLabels
{
    public static IReadOnlyDictionary<string, string[]> PetitionCategories { get; } = new Dictionary<string, string[]>
    {
        ["교통/건축/국토"] = ["transport", "housing_urban"],
        ["안전/환경"] = ["safety", "environment"],
        ["보건복지"] = ["health", "welfare"],
        ["일자리"] = ["economy"],
        ["육아/교육"] = ["women_family", "education"],
        ["문화/예술/체육/언론"] = ["culture", "tourism_sports"],
        ["반려동물"] = ["health"],
        ["저출산/고령화대책"] = ["women_family", "welfare"],
        ["농산어촌"] = ["economy"],
        ["경제민주화"] = ["economy"],
        ["행정"] = ["administration"],
    };

    /// <summary>The domains a petition category allows, or null when it has no city domain.</summary>
    public static string[]? ForPetitionCategory(string category) =>
        PetitionCategories.TryGetValue(category.Trim(), out var domains) ? domains : null;
}
