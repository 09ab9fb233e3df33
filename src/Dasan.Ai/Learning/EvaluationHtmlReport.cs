using System.Globalization;
using System.Net;
using System.Text;

namespace Dasan.Ai.Learning;

/// <summary>Writes an <see cref="EvaluationReport"/> as one self-contained Korean HTML page (no
/// scripts, no external resources): summary, per-label table, confusion heat-map and reliability diagram.</summary>
public static class EvaluationHtmlReport
{
    /// <summary>Renders the page.</summary>
    public static string Render(EvaluationReport report, string title = "분류 모델 평가")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        var html = new StringBuilder();
        var encodedTitle = WebUtility.HtmlEncode(title);
        html.Append("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{encodedTitle}</title>\n")
            .Append("<style>body{font-family:'Noto Sans KR','Malgun Gothic',sans-serif;margin:2rem;color:#222}")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}")
            .Append("th:first-child,td:first-child{text-align:left}figure{margin:1.5rem 0}</style>\n</head>\n<body>\n")
            .Append(CultureInfo.InvariantCulture, $"<h1>{encodedTitle}</h1>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>평가 건수 {report.N:N0}건 · 정확도 {report.Accuracy:0.000} · 매크로 F1 {report.MacroF1:0.000}");
        if (report.Reliability is { } reliability)
        {
            html.Append(CultureInfo.InvariantCulture, $" · 기대 보정 오차(ECE) {reliability.ExpectedCalibrationError:0.000}");
        }

        html.Append("</p>\n<h2>분류별 성능</h2>\n<table>\n<thead><tr><th scope=\"col\">분류</th><th scope=\"col\">정밀도</th><th scope=\"col\">재현율</th><th scope=\"col\">F1</th><th scope=\"col\">건수</th></tr></thead>\n<tbody>\n");
        foreach (var (label, metrics) in report.PerLabel.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">{WebUtility.HtmlEncode(label)}</th><td>{metrics.Precision:0.000}</td><td>{metrics.Recall:0.000}</td><td>{metrics.F1:0.000}</td><td>{metrics.Support:N0}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<h2>혼동 행렬</h2>\n<figure>\n")
            .Append(EvaluationSvg.ConfusionHeatMap(report.Confusion))
            .Append("\n<figcaption>행: 실제 분류, 열: 예측 분류. 색이 짙을수록 실제 분류 중 그 예측의 비율이 높습니다.</figcaption>\n</figure>\n");
        if (report.Reliability is { } diagram)
        {
            html.Append("<h2>신뢰도 보정</h2>\n<figure>\n")
                .Append(EvaluationSvg.ReliabilityDiagram(diagram))
                .Append("\n<figcaption>막대가 대각선에 가까울수록 신뢰도가 실제 정확도와 일치합니다.</figcaption>\n</figure>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Writes the page to <paramref name="path"/> as UTF-8.</summary>
    public static void Write(EvaluationReport report, string path, string title = "분류 모델 평가") =>
        File.WriteAllText(path, Render(report, title), new UTF8Encoding(false));
}
