using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class EvaluationHtmlReportTests
{
    [Fact]
    public void Render_WhenReportHasReliability_IsSelfContainedKoreanPageWithTwoSvgFigures()
    {
        var report = ClassifierEvaluator.Evaluate(["교통", "복지", "복지"], ["교통", "복지", "교통"], [0.9, 0.6, 0.5]);

        var html = EvaluationHtmlReport.Render(report, "민원 분류 <평가>");

        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<svg ").Length - 1);
        Assert.Contains("교통", html, StringComparison.Ordinal);
        Assert.Contains("민원 분류 &lt;평가&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }
}
