using System.Globalization;
using System.Text;

namespace Dasan.Core.Challenges;

/// <summary>An uncompressed PDF content stream: rectangles, and text as hex UCS-2 for a <c>UniKS-UCS2-H</c> Type0 font.</summary>
/// <remarks>Widths are counted in half-width units: printable ASCII is one, everything else two (full width).</remarks>
internal sealed class CertificateCanvas
{
    private readonly StringBuilder ops = new();

    public string Content => ops.ToString();

    public void Rectangle(double x, double y, double width, double height, double lineWidth) =>
        ops.Append(CultureInfo.InvariantCulture, $"{N(lineWidth)} w {N(x)} {N(y)} {N(width)} {N(height)} re S\n");

    public void Text(string font, double size, double x, double y, string text) =>
        ops.Append(CultureInfo.InvariantCulture, $"BT /{font} {N(size)} Tf {N(x)} {N(y)} Td <{Hex(text)}> Tj ET\n");

    public void Centred(string font, double size, double pageWidth, double y, string text) =>
        Text(font, size, (pageWidth - (Width(text) * size / 2)) / 2, y, text);

    /// <summary>
    /// The text with characters outside the BMP (and lone surrogates) as '?', control characters as spaces, and the Latin
    /// middle dot (U+00B7, which viewers' Korean fonts often lack in this encoding) as the Korean one (U+318D).
    /// </summary>
    public static string Sanitize(string text)
    {
        var b = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            b.Append(char.IsSurrogate(c) ? '?' : char.IsControl(c) ? ' ' : c == '\u00B7' ? '\u318D' : c);
        }

        return b.ToString();
    }

    public static int Width(string text) => Sanitize(text).Sum(CharWidth);

    public static string Hex(string text)
    {
        var b = new StringBuilder();
        foreach (var c in Sanitize(text))
        {
            b.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return b.ToString();
    }

    /// <summary>Greedy wrap to <paramref name="budget"/> half-width units, breaking at a space in the second half of a line, else anywhere.</summary>
    public static IReadOnlyList<string> Wrap(string text, int budget)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var width = 0;
        foreach (var c in Sanitize(text).Trim())
        {
            var w = CharWidth(c);
            while (line.Length > 0 && width + w > budget)
            {
                var s = line.ToString();
                var cut = s.LastIndexOf(' ');
                var rest = cut > s.Length / 2 ? s[(cut + 1)..] : "";
                lines.Add((cut > s.Length / 2 ? s[..cut] : s).TrimEnd());
                line.Clear().Append(rest.TrimStart());
                width = Width(line.ToString());
            }

            if (c != ' ' || line.Length > 0)
            {
                line.Append(c);
                width += w;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    private static int CharWidth(char c) => c is >= ' ' and <= '~' ? 1 : 2;

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
