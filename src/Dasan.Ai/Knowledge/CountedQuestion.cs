using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Questions that ask for a count with 몇 (몇 시까지, 몇 개월, 몇 권, 몇 미터, 몇 살) are answered only by a guide that states
/// that count: a number with the same unit. A guide about the right service without it is a near miss (한파쉼터는 몇 월부터
/// 운영해요, when the guide names no months), the commonest way a question the knowledge base cannot answer looks answerable.
/// </summary>
public static partial class CountedQuestion
{
    /// <summary>The evidence a guide needs for the count <paramref name="question"/> asks for; null when it asks for none.</summary>
    public static Regex? EvidenceFor(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var match = CountPattern().Match(question);
        return match.Success && Units.TryGetValue(match.Groups[1].Value, out var evidence) ? evidence : null;
    }

    /// <summary>1 when a sentence of <paramref name="texts"/> states the count asked for, −1 when none does, 0 when no count is asked.</summary>
    public static double Evidence(string question, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var evidence = EvidenceFor(question);
        return evidence is null ? 0 : texts.Any(evidence.IsMatch) ? 1 : -1;
    }

    /// <summary>A count in native Korean words (두 번, 한 달, 세 명): guides write small counts so.</summary>
    private const string Native = @"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)";

    private static readonly Dictionary<string, Regex> Units = Build();

    private static Dictionary<string, Regex> Build()
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["월"] = @"\d+\s*월|매월",
            ["시간"] = @"\d+\s*시간|" + Native + @"\s*시간",
            ["시"] = @"\d{1,2}\s*시|\d{1,2}:\d\d|오전|오후|24시간",
            ["개월"] = @"\d+\s*(개월|달)|" + Native + @"\s*달",
            ["달"] = @"\d+\s*(개월|달)|" + Native + @"\s*달",
            ["년"] = @"\d+\s*년",
            ["권"] = @"\d+\s*권",
            ["프로"] = @"\d+(\.\d+)?\s*(%|퍼센트)",
            ["퍼센트"] = @"\d+(\.\d+)?\s*(%|퍼센트)",
            ["미터"] = @"\d+\s*(m(?![A-Za-z])|미터)",
            ["살"] = @"\d+\s*(세|살)|학년|초등|중학|고등|청소년|영유아|어르신",
            ["세"] = @"\d+\s*(세|살)|학년|초등|중학|고등|청소년|영유아|어르신",
            ["일"] = @"\d+\s*일",
            ["주"] = @"\d+\s*주",
            ["번"] = @"\d+\s*(번|회)|" + Native + @"\s*(번|회)(?!에)|\d{2,4}-\d{3,4}|\b1\d\d\b|\b13\d\d\b",
            ["회"] = @"\d+\s*(번|회)|" + Native + @"\s*(번|회)(?!에)",
            ["명"] = @"\d+\s*명|" + Native + @"\s*명",
            ["원"] = @"\d[\d,]*\s*(원|만\s*원)",
            ["데시벨"] = @"\d+\s*(dB|데시벨)",
            ["분"] = @"\d+\s*분",
            ["등급"] = @"\d+\s*등급",
            ["층"] = @"\d+\s*층",
            ["장"] = @"\d+\s*장|" + Native + @"\s*장(?!소)",
            ["개"] = @"\d+\s*개",
            ["평"] = @"\d+\s*(평|㎡)",
        };
        return units.ToDictionary(u => u.Key, u => new Regex(u.Value, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"몇\s*(개월|시간|데시벨|퍼센트|프로|미터|등급|[가-힣])")]
    private static partial Regex CountPattern();
}
