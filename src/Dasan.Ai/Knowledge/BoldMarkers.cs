using System.Text.RegularExpressions;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Removes Markdown's bold markers (**…**) from a guide's sentence, and only them: asterisks that mask personal data
/// (010-****-5678, y*****@seoul.go.kr, 홍** 주무관) wrap no text and stay as they are.
/// </summary>
public static partial class BoldMarkers
{
    public static string Strip(string text) => Open().Replace(Close().Replace(Bold().Replace(text, "$1"), string.Empty), string.Empty);

    /// <summary>A bold question of two sentences is split between them: its opening marker starts the first sentence…</summary>
    [GeneratedRegex(@"^\s*\*\*(?=[^\s*])")]
    private static partial Regex Open();

    /// <summary>…and its closing marker follows the second one's final punctuation.</summary>
    [GeneratedRegex(@"(?<=[.?!])\*\*\s*$")]
    private static partial Regex Close();

    /// <summary>Two asterisks not right after a letter or digit (홍**님과 김**님 are two masks), text with no asterisk that starts
    /// and ends with a letter, two asterisks.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}*])\*\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*\*(?!\*)")]
    private static partial Regex Bold();
}
