using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class ExtractiveAnswererTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public ExtractiveAnswererTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Fact]
    public void Answer_WhenKnowledgeBaseCovers_CitesRealChunksInline()
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("기초연금 자녀 소득도 봐요?");

        Assert.False(answer.Refused);
        Assert.NotEmpty(answer.Citations);
        Assert.Contains("자녀 소득", answer.Text, StringComparison.Ordinal);
        var chunkIds = _fixture.Chunks.Select(c => c.Id).ToHashSet();
        foreach (var citation in answer.Citations)
        {
            Assert.Contains(citation.ChunkId, chunkIds);
            Assert.Contains($"[{citation.Number}]", answer.Text, StringComparison.Ordinal);
            Assert.Equal("basic-pension.md", citation.DocumentId);
        }
    }

    [Fact]
    public void Answer_WhenQuestionOutOfScope_RefusesInKorean()
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("내일 서울 날씨 어때요");

        Assert.True(answer.Refused);
        Assert.Empty(answer.Citations);
        Assert.StartsWith(ExtractiveAnswerer.RefusalMessage, answer.Text, StringComparison.Ordinal);
        Assert.Contains("120", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenAboutOnePersonsCase_RefusesAndNamesRelatedDepartment()
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("지난주에 신청한 청년수당 저 붙었는지 확인해 주세요");

        Assert.True(answer.Refused);
        Assert.NotNull(answer.Department);
        Assert.Contains(answer.Department!, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenRefusedOnAGuideSharingAWordHereAndThere_NamesNoDepartment()
    {
        // The library card's guide mentions 재발급 and, elsewhere, a passport as ID: 서울도서관 is no place to ask about a passport.
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("여권 재발급 어디서 해요");

        Assert.True(answer.Refused);
        Assert.Null(answer.Department);
        Assert.Contains("120", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenAskingWhenToApply_IsNotReadAsOnePersonsApplication()
    {
        // 언제 신청 holds "제 신청" (my application), which only a word of its own means.
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("자동차세 연납하면 할인 얼마나 되고 언제 신청해요");

        Assert.False(answer.Refused);
        Assert.Contains(answer.Citations, c => c.DocumentId == "local-tax-payment.md");
    }

    [Fact]
    public async Task HybridSearcher_WhenEmbeddingsAvailable_FusesDenseMatchesIntoRanking()
    {
        var chunks = _fixture.Chunks.Where(c => c.DocumentId is "basic-pension.md" or "climate-card.md").ToList();
        using var index = KnowledgeIndex.InMemory();
        index.Rebuild(chunks);
        var searcher = new HybridSearcher(index, new DenseVectorStore(), new HashingEmbeddingSource());
        foreach (var group in chunks.GroupBy(c => c.DocumentId))
        {
            index.Replace(group.Key, group);
            await searcher.IndexVectorsAsync(group.Key, group.ToList());
        }

        var hits = await searcher.SearchAsync("기후동행카드 가격", k: 5);

        Assert.Equal("climate-card.md", hits[0].Chunk.DocumentId);
        Assert.True(hits[0].Score <= 2.0 / (HybridSearcher.RrfK + 1));
    }
}
