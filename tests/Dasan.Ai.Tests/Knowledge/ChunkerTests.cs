using Dasan.Ai.Knowledge;
using Dasan.Korean;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class ChunkerTests
{
    private static readonly Chunker Chunker = new(new KoreanTextPipeline());

    [Fact]
    public void Split_WhenKoreanSentencesAndList_BreaksAtSentenceEndsAndLines()
    {
        const string text = "신청은 주민센터에서 합니다. 온라인도 됩니다요. 서류가 필요한가요? 네!\n1. 신분증\n2. 통장 3.5% 이자";

        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(["신청은 주민센터에서 합니다.", "온라인도 됩니다요.", "서류가 필요한가요?", "네!", "1. 신분증", "2. 통장 3.5% 이자"], sentences);
    }

    [Fact]
    public void Chunk_WhenSectionIsLong_KeepsChunksWithinMaxAndEndingAtSentences()
    {
        var body = string.Concat(Enumerable.Range(1, 40).Select(i => $"{i}번째 안내 문장은 대형폐기물 배출 방법을 설명합니다. "));
        var document = DocumentParser.ParseMarkdown($"# 안내\n\n## 배출 방법\n{body}\n\n## 문의\n구청 청소행정과로 문의하세요.");

        var chunks = Chunker.Chunk("waste.md", document);

        Assert.True(chunks.Count >= 3);
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, ChunkerOptions.Default.MaxLength));
        Assert.All(chunks.Where(c => c.Section == "배출 방법"), c => Assert.EndsWith("니다.", c.Text, StringComparison.Ordinal));
        Assert.Equal("문의", chunks[^1].Section);
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void Chunk_WhenConsecutiveChunksOfSection_ShareOverlap()
    {
        var body = string.Concat(Enumerable.Range(1, 80).Select(i => $"문장 {i}은 짧은 안내입니다. "));
        var chunks = Chunker.Chunk("a.md", DocumentParser.ParseMarkdown($"## 안내\n{body}"));

        Assert.True(chunks.Count >= 2);
        Assert.True(chunks[1].Start < chunks[0].Start + chunks[0].Length);
    }

    [Fact]
    public void Chunk_WhenTextHasPersonalData_MasksItAndOffsetsStillMapBack()
    {
        const string markdown = "## 문의\n담당자 휴대폰 010-1234-5678 로 연락하세요. 주민번호 900101-1234567 은 적지 마세요.";
        var document = DocumentParser.ParseMarkdown(markdown);

        var chunk = Assert.Single(Chunker.Chunk("contact.md", document));

        Assert.DoesNotContain("1234-5678", chunk.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", chunk.Text, StringComparison.Ordinal);
        Assert.Equal(chunk.Length, chunk.Text.Length);
        Assert.StartsWith(document.Text.Substring(chunk.Start, 10), chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_WhenShippedKnowledgeBase_EveryChunkMapsIntoItsDocument()
    {
        using var fixture = new KnowledgeFixture();

        foreach (var chunk in fixture.Chunks.Take(200))
        {
            var text = File.ReadAllText(Path.Combine(fixture.Root, "content", "kb", chunk.DocumentId));
            Assert.Equal(text.Substring(chunk.Start, chunk.Length).Length, chunk.Text.Length);
            Assert.Equal(text[chunk.Start], chunk.Text[0]);
        }
    }
}
