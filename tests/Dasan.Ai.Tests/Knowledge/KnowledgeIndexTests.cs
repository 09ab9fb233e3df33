using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class KnowledgeIndexTests
{
    [Theory]
    [InlineData("대형폐기물을 어떻게 버려요")]
    [InlineData("대형 폐기물 버리기")]
    public void Search_WhenQueryHasParticlesOrSpacing_FindsCompoundNoun(string query)
    {
        using var index = IndexOf(
            Chunk("waste.md", "배출", "대형 폐기물은 구청에 신고하고 스티커를 붙여 내놓습니다.", "environment", "청소행정과"),
            Chunk("bike.md", "요금", "따릉이 1시간 이용권은 1,000원입니다.", "transport", "자전거정책과"));

        var hits = index.Search(query);

        Assert.Equal("waste.md", hits[0].Chunk.DocumentId);
        Assert.Contains("<mark>", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_WhenFilteredByDomainOrDepartment_ReturnsOnlyMatchingChunks()
    {
        using var index = IndexOf(
            Chunk("a.md", "요금", "공영주차장 요금은 10분에 500원입니다.", "transport", "주차계획과"),
            Chunk("b.md", "요금", "체육시설 요금은 시간당 5,000원입니다.", "culture", "체육정책과"));

        Assert.Equal(["a.md"], index.Search("요금", new KnowledgeFilter(Domain: "transport")).Select(h => h.Chunk.DocumentId));
        Assert.Equal(["b.md"], index.Search("요금", new KnowledgeFilter(Department: "체육정책과")).Select(h => h.Chunk.DocumentId));
        Assert.Equal(2, index.Search("요금").Count);
    }

    [Fact]
    public void Replace_WhenDocumentReindexed_KeepsOnlyNewChunks()
    {
        using var index = IndexOf(Chunk("a.md", "안내", "예전 내용은 주차장 안내입니다.", null, null));

        index.Replace("a.md", [Chunk("a.md", "안내", "새 내용은 도서관 안내입니다.", null, null)]);

        Assert.Empty(index.Search("주차장"));
        Assert.Single(index.Search("도서관"));
        Assert.Equal(1, index.ChunkCount);
    }

    [Fact]
    public void Remove_WhenDocumentRemoved_NoLongerFound()
    {
        using var index = IndexOf(Chunk("a.md", "안내", "도서관 회원증 발급 안내입니다.", null, null));

        index.Remove("a.md");

        Assert.Empty(index.Search("도서관"));
    }

    [Fact]
    public void OnDisk_WhenReopened_KeepsCommittedChunksAndRebuildReplacesAll()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dasan-knowledge-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = KnowledgeIndex.OnDisk(folder))
            {
                index.Replace("a.md", [Chunk("a.md", "안내", "도서관 회원증 발급 안내입니다.", "culture", "도서관과")]);
                index.Commit();
            }

            using (var reopened = KnowledgeIndex.OnDisk(folder))
            {
                var hit = Assert.Single(reopened.Search("회원증"));
                Assert.Equal("도서관과", hit.Chunk.Department);
                reopened.Rebuild([Chunk("b.md", "안내", "따릉이 대여 안내입니다.", null, null)]);
                Assert.Empty(reopened.Search("회원증"));
                Assert.Single(reopened.Search("따릉이"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Search_WhenTitleOrSectionMatches_RanksAboveBodyOnlyMatch()
    {
        using var index = IndexOf(
            Chunk("body.md", "기타", "여러 안내 가운데 주차 이야기도 조금 있고 다른 내용이 길게 이어집니다.", null, null),
            Chunk("head.md", "주차", "공영 시설 이용 방법을 설명합니다.", null, null));

        Assert.Equal("head.md", index.Search("주차")[0].Chunk.DocumentId);
    }

    internal static KnowledgeIndex IndexOf(params KnowledgeChunk[] chunks)
    {
        var index = KnowledgeIndex.InMemory();
        foreach (var group in chunks.GroupBy(c => c.DocumentId))
        {
            index.Replace(group.Key, group);
        }

        return index;
    }

    internal static KnowledgeChunk Chunk(string documentId, string section, string text, string? domain, string? department) =>
        new($"{documentId}#0", documentId, 0, documentId.Replace(".md", " 안내", StringComparison.Ordinal), section, text, 0, text.Length, domain, department, "ko");
}
