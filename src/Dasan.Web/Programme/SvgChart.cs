using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Dasan.Web.Programme;

/// <summary>Server-side SVG charts for the leadership view: no script, a title for screen readers, printable.</summary>
public static class SvgChart
{
    /// <summary>Colours with at least 4.5:1 contrast against white text labels drawn beside them.</summary>
    public static readonly string[] Palette = ["#0b4f8a", "#2e7d32", "#b35c00", "#6a1b9a", "#a1131b", "#4a5561"];

    /// <summary>One horizontal bar per row; <c>Target</c> is drawn as a dark tick when given.</summary>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<(string Label, double Value, double? Target)> rows, double max, string format = "0")
    {
        const int labelWidth = 270, barWidth = 330, rowHeight = 26;
        var height = rows.Count * rowHeight + 10;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t\" viewBox=\"0 0 {labelWidth + barWidth + 90} {height}\" width=\"100%\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(title)}</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, target) = rows[i];
            var y = i * rowHeight + 5;
            var w = max <= 0 ? 0 : Math.Max(0, Math.Min(1, value / max)) * barWidth;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" fill=\"#1b1f24\">{E(label.Length > 24 ? label[..23] + "…" : label)}<title>{E(label)}</title></text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{barWidth}\" height=\"18\" fill=\"#e8edf2\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"18\" fill=\"{Palette[i % Palette.Length]}\"/>");
            if (target is { } t && max > 0)
            {
                var x = labelWidth + Math.Min(1, t / max) * barWidth;
                sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - 1:0.#}\" y=\"{y - 3}\" width=\"3\" height=\"24\" fill=\"#1b1f24\"><title>{E("목표 " + t.ToString(format, CultureInfo.InvariantCulture))}</title></rect>");
            }

            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + barWidth + 8}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#1b1f24\">{E(value.ToString(format, CultureInfo.InvariantCulture))}</text>");
        }

        return new HtmlString(sb.Append("</svg>").ToString());
    }

    /// <summary>A single stacked bar of parts (e.g. use cases by stage) with a legend.</summary>
    public static IHtmlContent Stack(string id, string title, IReadOnlyList<(string Label, int Value)> parts)
    {
        var total = Math.Max(1, parts.Sum(p => p.Value));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t\" viewBox=\"0 0 660 {40 + (parts.Count + 2) / 3 * 22}\" width=\"100%\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(title + ": " + string.Join(", ", parts.Select(p => $"{p.Label} {p.Value}")))}</title>");
        double x = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var w = 660.0 * parts[i].Value / total;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"0\" width=\"{w:0.#}\" height=\"24\" fill=\"{Palette[i % Palette.Length]}\"/>");
            x += w;
            var (lx, ly) = (i % 3 * 220, 44 + i / 3 * 22);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly - 11}\" width=\"12\" height=\"12\" fill=\"{Palette[i % Palette.Length]}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 18}\" y=\"{ly}\" font-size=\"13\" fill=\"#1b1f24\">{E($"{parts[i].Label} {parts[i].Value}")}</text>");
        }

        return new HtmlString(sb.Append("</svg>").ToString());
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
