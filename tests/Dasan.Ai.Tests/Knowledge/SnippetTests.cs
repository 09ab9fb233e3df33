namespace Dasan.Ai.Tests.Knowledge;

/// <summary>Sources show whole sentences as a reader sees them: no table pipes or bold markers, no word cut in two.</summary>
public sealed class SnippetTests
{
    private const string Text =
        "주민등록등본은 여러 곳에서 뗄 수 있습니다. 방문하기 어려우면 인터넷을 이용하세요.\n" +
        "| 구분 | 주민등록등·초본 |\n|---|---|\n| 정부24(인터넷) | 무료 |\n| 무인민원발급기 | 200원 |\n" +
        "**인터넷으로 떼면 돈이 드나요?** 아니요, 정부24에서는 무료입니다. 공인인증서나 간편인증이 필요합니다. 발급한 등본은 바로 인쇄할 수 있고, 파일로 저장해 제출할 수도 있습니다.";

    [Fact]
    public void Snippet_WhenTheQueryHitsATableAndABoldQuestion_ShowsReadableWholeSentences()
    {
        using var index = KnowledgeIndexTests.IndexOf(KnowledgeIndexTests.Chunk("cert.md", "발급", Text, "administration", "민원실"));

        var snippet = Assert.Single(index.Search("정부24 인터넷 무료")).Snippet;

        Assert.Contains("<mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("|", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("**", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("---", snippet, StringComparison.Ordinal);
        var plain = System.Text.RegularExpressions.Regex.Replace(snippet, "</?mark>", "");
        Assert.True(plain.StartsWith("… ", StringComparison.Ordinal) || Text.StartsWith(plain[..10], StringComparison.Ordinal), plain);
        Assert.True(plain.EndsWith('.') || plain.EndsWith('?') || plain.EndsWith('…'), plain);
    }
}
