using System.Globalization;
using System.Net;
using System.Text;

namespace Dasan.Web.Dashboards;

/// <summary>
/// A server-side SVG line chart of counts over time: one line per series, told apart by colour and by dash
/// pattern (not colour alone), with a y axis and first / middle / last dates on the x axis.
/// </summary>
public static class LineChartSvg
{
    public static readonly string[] Colors = ["#0072b2", "#c2410c", "#007a5e", "#a3458c", "#4d4d4d"];
    public static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2"];

    private const int W = 640, H = 240, Left = 44, Right = 12, Top = 12, Bottom = 28;

    public static string Render(IReadOnlyList<DateOnly> buckets, IReadOnlyList<(string Label, int[] Values)> lines, string title, bool monthly)
    {
        var max = Math.Max(1, lines.SelectMany(l => l.Values).DefaultIfEmpty(0).Max());
        var top = NiceCeiling(max);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"line-chart\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        for (var i = 0; i <= 4; i++)
        {
            var v = top * i / 4;
            var y = Y(v, top);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{W - Right}\" y1=\"{y:F1}\" y2=\"{y:F1}\" stroke=\"#d9d9d9\" />");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:F1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">{v:N0}</text>");
        }

        var format = monthly ? "yyyy-MM" : "MM-dd";
        foreach (var i in new[] { 0, (buckets.Count - 1) / 2, buckets.Count - 1 }.Distinct().Where(i => i >= 0))
        {
            var anchor = i == 0 ? "start" : i == buckets.Count - 1 ? "end" : "middle";
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i, buckets.Count):F1}\" y=\"{H - 8}\" font-size=\"11\" text-anchor=\"{anchor}\" fill=\"#333\">{buckets[i].ToString(format, CultureInfo.InvariantCulture)}</text>");
        }

        for (var s = 0; s < lines.Count; s++)
        {
            var (label, values) = lines[s];
            var points = string.Join(' ', values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i, values.Length):F1},{Y(v, top):F1}")));
            var dash = Dashes[s % Dashes.Length] is { Length: > 0 } d ? $" stroke-dasharray=\"{d}\"" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Colors[s % Colors.Length]}\" stroke-width=\"2\"{dash} points=\"{points}\"><title>{WebUtility.HtmlEncode(label)}: {values.Sum():N0}</title></polyline>");
        }

        return sb.Append("</svg>").ToString();
    }

    private static double X(int i, int n) => Left + (n <= 1 ? 0 : (double)i * (W - Left - Right) / (n - 1));

    private static double Y(int v, int top) => Top + ((H - Top - Bottom) * (1 - ((double)v / top)));

    // 1, 2, 5 × 10^k at or above the value, divisible by 4 for the grid.
    private static int NiceCeiling(int v)
    {
        var step = 1;
        while (true)
        {
            foreach (var m in new[] { 1, 2, 5 })
            {
                if (m * step * 4 >= v)
                {
                    return m * step * 4;
                }
            }

            step *= 10;
        }
    }
}
