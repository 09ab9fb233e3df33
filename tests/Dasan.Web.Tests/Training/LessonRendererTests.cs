using Dasan.Web.Training;

namespace Dasan.Web.Tests.Training;

public class LessonRendererTests
{
    [Fact]
    public void ToHtml_WhenBoldIsFollowedByKorean_ClosesTheEmphasis() =>
        Assert.Contains("<strong>환각(hallucination)</strong>이라고", LessonRenderer.ToHtml("이것을 **환각(hallucination)**이라고 부릅니다."), StringComparison.Ordinal);

    [Fact]
    public void ToHtml_WhenLessonHoldsRawHtml_EscapesItAndShiftsHeadings()
    {
        var html = LessonRenderer.ToHtml("# 제목\n\n<script>alert(1)</script>");
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
