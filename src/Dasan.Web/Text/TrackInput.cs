using System.Text.RegularExpressions;

namespace Dasan.Web.Text;

/// <summary>
/// Reads what a citizen types or pastes on the status lookup (issue 15: the form asked for "the part after k="):
/// the whole status link, a tracking number with or without its hyphen (full-width digits too), and the check code
/// alone or inside a pasted link.
/// </summary>
public static partial class TrackInput
{
    public static (string? Number, string? Code) Read(string? number, string? code)
    {
        var text = Normalise(number) + " " + Normalise(code);
        var n = Number().Match(text);
        var k = Code().Match(text);
        var bare = Normalise(code).Trim();
        return (n.Success ? n.Groups["y"].Value + "-" + n.Groups["n"].Value : null,
            k.Success ? k.Groups["k"].Value : bare.Length is > 0 and <= 64 && BareCode().IsMatch(bare) ? bare : null);
    }

    /// <summary>Full-width digits and letters to ASCII, percent-escapes of a copied link decoded.</summary>
    private static string Normalise(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return "";
        }

        var folded = new string(s.Trim().Select(c => c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c).ToArray());
        try
        {
            return Uri.UnescapeDataString(folded);
        }
        catch (UriFormatException)
        {
            return folded;
        }
    }

    [GeneratedRegex(@"(?<!\d)(?<y>20\d{2})[-‐–— ]?(?<n>\d{7})(?!\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"[?&]k=(?<k>[A-Za-z0-9_\-]{8,64})")]
    private static partial Regex Code();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+$")]
    private static partial Regex BareCode();
}
