using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class DocumentParserTests
{
    private const string Markdown = """
        ---
        title: 기초연금 신청 안내
        domain: welfare
        department: 어르신정책과
        lang: ko
        ---
        # 기초연금 신청 안내

        ## 지급 대상
        만 65세 이상 어르신이 받을 수 있습니다.

        ## 신청 방법
        ```
        ## 코드 안의 제목은 무시
        ```
        주민센터에 방문해 신청합니다.
        """;

    [Fact]
    public void ParseMarkdown_WhenFrontMatterPresent_ReadsTitleAndMetadata()
    {
        var document = DocumentParser.ParseMarkdown(Markdown);

        Assert.Equal("기초연금 신청 안내", document.Title);
        Assert.Equal("welfare", document.Meta("domain"));
        Assert.Equal("어르신정책과", document.Meta("department"));
        Assert.Null(document.Meta("missing"));
    }

    [Fact]
    public void ParseMarkdown_WhenHeadingsPresent_SplitsSectionsWithExactOffsets()
    {
        var document = DocumentParser.ParseMarkdown(Markdown);

        Assert.Equal(["지급 대상", "신청 방법"], document.Sections.Select(s => s.Heading));
        Assert.Contains("코드 안의 제목은 무시", document.Sections[1].Text, StringComparison.Ordinal);
        Assert.All(document.Sections, s => Assert.Equal(s.Text, document.Text.Substring(s.Start, s.Text.Length)));
    }

    [Fact]
    public void ParseHtml_WhenHeadingsPresent_UsesThemAsSections()
    {
        const string html = "<html lang='ko'><head><title>따릉이 안내</title><meta name='department' content='자전거정책과'></head>"
            + "<body><h1>따릉이 안내</h1><p>공공자전거입니다.</p><h2>요금</h2><p>1시간 1,000원입니다.</p><script>x()</script></body></html>";

        var document = DocumentParser.ParseHtml(html);

        Assert.Equal("따릉이 안내", document.Title);
        Assert.Equal("자전거정책과", document.Meta("department"));
        Assert.Equal("ko", document.Meta("lang"));
        var fee = Assert.Single(document.Sections, s => s.Heading == "요금");
        Assert.Equal("1시간 1,000원입니다.", fee.Text);
        Assert.DoesNotContain(document.Sections, s => s.Text.Contains("x()", StringComparison.Ordinal));
    }

    [Fact]
    public void ParsePdfText_WhenPagesSeparatedByFormFeeds_MakesSectionPerPage()
    {
        var document = DocumentParser.Parse("민원 처리 기간 안내\n첫 쪽입니다.\f둘째 쪽입니다.", DocumentFormat.PdfText);

        Assert.Equal("민원 처리 기간 안내", document.Title);
        Assert.Equal(["1쪽", "2쪽"], document.Sections.Select(s => s.Heading));
        Assert.Equal("둘째 쪽입니다.", document.Sections[1].Text);
    }

    [Fact]
    public void ParsePlainText_WhenGivenText_MakesOneSectionTitledByFirstLine()
    {
        var document = DocumentParser.Parse("주차 안내\n\n공영주차장은 유료입니다.", DocumentParser.FormatOf("parking.txt"));

        Assert.Equal("주차 안내", document.Title);
        Assert.Single(document.Sections);
    }
}
