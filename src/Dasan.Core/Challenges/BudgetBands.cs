namespace Dasan.Core.Challenges;

/// <summary>The budget bands a challenge names, with their upper limits in won.</summary>
public static class BudgetBands
{
    public static readonly IReadOnlyDictionary<string, (string Korean, long Max)> All = new Dictionary<string, (string, long)>
    {
        ["S"] = ("5천만 원 이하", 50_000_000),
        ["M"] = ("5천만 원 초과 2억 원 이하", 200_000_000),
        ["L"] = ("2억 원 초과 5억 원 이하", 500_000_000),
    };

    public static string Korean(string band) => All.TryGetValue(band, out var b) ? b.Korean : band;
}
