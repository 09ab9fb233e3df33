using System.Globalization;
using System.Net;
using System.Text;

namespace Dasan.Ai.Learning;

/// <summary>Inline SVG for the evaluation page: the confusion heat-map and the reliability diagram.</summary>
internal static class EvaluationSvg
{
    private const int Cell = 30;
    private const int Margin = 130;

    public static string ConfusionHeatMap(ConfusionMatrix confusion)
    {
        var n = confusion.Labels.Count;
        var size = Margin + (n * Cell) + 10;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"혼동 행렬\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" font-size=\"11\">"));
        for (var i = 0; i < n; i++)
        {
            var label = WebUtility.HtmlEncode(confusion.Labels[i]);
            var middle = Margin + (i * Cell) + (Cell / 2);
            svg.Append(Invariant($"<text x=\"{Margin - 6}\" y=\"{middle + 4}\" text-anchor=\"end\">{label}</text>"));
            svg.Append(Invariant($"<text transform=\"translate({middle + 4},{Margin - 6}) rotate(-60)\">{label}</text>"));
        }

        for (var actual = 0; actual < n; actual++)
        {
            var row = confusion.Counts[actual];
            var support = Math.Max(1, row.Sum());
            for (var predicted = 0; predicted < n; predicted++)
            {
                var share = (double)row[predicted] / support;
                var x = Margin + (predicted * Cell);
                var y = Margin + (actual * Cell);
                var light = (int)Math.Round(255 - (share * 200));
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"rgb({light},{light},255)\" stroke=\"#ddd\"><title>{WebUtility.HtmlEncode(confusion.Labels[actual])} → {WebUtility.HtmlEncode(confusion.Labels[predicted])}: {row[predicted]}</title></rect>"));
                if (row[predicted] > 0)
                {
                    var colour = share > 0.5 ? "#fff" : "#222";
                    svg.Append(Invariant($"<text x=\"{x + (Cell / 2)}\" y=\"{y + (Cell / 2) + 4}\" text-anchor=\"middle\" fill=\"{colour}\">{row[predicted]}</text>"));
                }
            }
        }

        return svg.Append("</svg>").ToString();
    }

    public static string ReliabilityDiagram(ReliabilityReport reliability)
    {
        const int plot = 300, left = 40, top = 10;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"신뢰도 그림\" width=\"{plot + left + 20}\" height=\"{plot + top + 40}\" font-size=\"11\">"));
        svg.Append(Invariant($"<rect x=\"{left}\" y=\"{top}\" width=\"{plot}\" height=\"{plot}\" fill=\"none\" stroke=\"#888\"/>"));
        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{left + plot}\" y2=\"{top}\" stroke=\"#aaa\" stroke-dasharray=\"4 3\"/>"));
        foreach (var bin in reliability.Bins.Where(b => b.Count > 0))
        {
            var x = left + (bin.Lower * plot);
            var width = (bin.Upper - bin.Lower) * plot;
            var height = bin.Accuracy * plot;
            svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{top + plot - height:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"#4a7bd0\" fill-opacity=\"0.75\" stroke=\"#fff\"><title>신뢰도 {bin.Lower:0.0}–{bin.Upper:0.0}: 정확도 {bin.Accuracy:0.000}, 평균 신뢰도 {bin.MeanConfidence:0.000}, {bin.Count}건</title></rect>"));
            svg.Append(Invariant($"<circle cx=\"{left + (bin.MeanConfidence * plot):0.#}\" cy=\"{top + plot - (bin.MeanConfidence * plot):0.#}\" r=\"3\" fill=\"#d04a4a\"/>"));
        }

        for (var tick = 0; tick <= 10; tick += 2)
        {
            var p = tick / 10.0;
            svg.Append(Invariant($"<text x=\"{left + (p * plot):0.#}\" y=\"{top + plot + 14}\" text-anchor=\"middle\">{p:0.0}</text>"));
            svg.Append(Invariant($"<text x=\"{left - 4}\" y=\"{top + plot - (p * plot) + 4:0.#}\" text-anchor=\"end\">{p:0.0}</text>"));
        }

        svg.Append(Invariant($"<text x=\"{left + (plot / 2)}\" y=\"{top + plot + 32}\" text-anchor=\"middle\">신뢰도 (막대: 정확도, 점: 평균 신뢰도)</text>"));
        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
