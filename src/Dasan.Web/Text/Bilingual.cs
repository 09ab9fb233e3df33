using System.Globalization;
using System.Text.RegularExpressions;

namespace Dasan.Web.Text;

/// <summary>
/// Messages written "한국어 문장. (English sentence.)" — as the API returns them, for every client — shown on a page in
/// the reader's language only (issue 15: no bracketed English in Korean text).
/// </summary>
public static partial class Bilingual
{
    public static string Pick(string message, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = Trailing().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var english = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en";
        return english ? match.Groups["en"].Value.Trim() : match.Groups["ko"].Value.Trim();
    }

    /// <summary>A Korean part, then the English in the last parentheses (Latin letters, no Hangul).</summary>
    [GeneratedRegex(@"^(?<ko>.*[가-힣].*?)\s*\((?<en>[^()가-힣]*[A-Za-z][^()가-힣]*)\)\s*$", RegexOptions.Singleline)]
    private static partial Regex Trailing();
}
