using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Dasan.Web.Training;

/// <summary>A horizontal bar chart of shares (0–1) as server-side SVG; the page shows the same figures in a table.</summary>
public static class ShareChart
{
    private const int Width = 640;
    private const int Row = 34;
    private const int LabelWidth = 170;

    public static string Render(IReadOnlyList<(string Label, double Share, string Note)> bars, string title)
    {
        var h = HtmlEncoder.Default;
        var height = bars.Count * Row + 30;
        var plot = Width - LabelWidth - 70;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"chart-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"chart-title\">{h.Encode(title)}</title>");
        for (var i = 0; i <= 4; i++)
        {
            var x = LabelWidth + plot * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{height - 22}\" stroke=\"#c9d1da\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{height - 6}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#3d4752\">{i * 25}%</text>");
        }

        foreach (var (bar, i) in bars.Select((b, i) => (b, i)))
        {
            var y = i * Row + 6;
            var w = (int)Math.Round(plot * Math.Clamp(bar.Share, 0, 1));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 17}\" font-size=\"13\" text-anchor=\"end\" fill=\"#1b1f24\">{h.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w}\" height=\"{Row - 12}\" fill=\"#0b5394\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6}\" y=\"{y + 17}\" font-size=\"13\" fill=\"#1b1f24\">{h.Encode(bar.Note)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
