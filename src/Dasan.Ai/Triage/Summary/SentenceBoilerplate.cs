namespace Dasan.Ai.Triage.Summary;

/// <summary>Greetings and formulas that open and close citizen letters and carry no content.</summary>
internal static class SentenceBoilerplate
{
    private static readonly string[] Phrases =
    [
        "안녕하세요", "안녕하십니까", "감사합니다", "감사드립니다", "고맙습니다", "수고하세요", "수고하십시오", "수고많으십니다",
        "고생많으십니다", "고생하십니다", "좋은하루", "좋은하루되세요", "잘부탁드립니다", "부탁드립니다", "민원드립니다",
        "글올립니다", "문의드립니다", "다름이아니라", "항상", "늘", "thankyou", "thanks", "hello", "regards",
    ];

    /// <summary>
    /// A factor in (0, 1]: 0.05 when the sentence is almost all formula (안녕하세요. 수고하세요!),
    /// 0.8 when it carries a formula and some content, 1 otherwise.
    /// </summary>
    public static double Factor(string sentence)
    {
        var compact = string.Concat(sentence.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        var remaining = compact;
        foreach (var phrase in Phrases)
        {
            remaining = remaining.Replace(phrase, string.Empty, StringComparison.Ordinal);
        }

        if (remaining.Length == compact.Length)
        {
            return 1;
        }

        return remaining.Length < 8 ? 0.05 : 0.8;
    }
}
