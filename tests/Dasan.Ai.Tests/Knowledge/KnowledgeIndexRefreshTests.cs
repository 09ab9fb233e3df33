using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// A write is searched by every question asked after it. The first search after a write refreshes the searcher; questions
/// asked meanwhile on other threads searched the snapshot before it — right after the first start, an empty index — and a
/// citizen's question was refused with no department ("차상위인데 5살 딸도 문화카드 따로 받을수 있어요?" whenever it was
/// among the first questions of a parallel evaluation).
/// </summary>
public sealed class KnowledgeIndexRefreshTests
{
    private const int Threads = 8;

    [Fact]
    public void Search_WhenManyThreadsSearchRightAfterAWrite_EverySearchSeesTheWrite()
    {
        for (var round = 0; round < 10; round++)
        {
            var chunks = Enumerable.Range(0, 300)
                .Select(i => KnowledgeIndexTests.Chunk($"doc{i}.md", "안내", $"{i}번 안내 자료입니다. 공원과 도서관 이용 방법을 설명합니다.", null, null))
                .Append(KnowledgeIndexTests.Chunk("waste.md", "배출", "대형폐기물은 구청에 신고하고 스티커를 붙여 내놓습니다.", "environment", "청소행정과"))
                .ToArray();
            using var index = KnowledgeIndexTests.IndexOf(chunks);
            var found = SearchTogether(index, "대형폐기물 버리기");

            Assert.All(found, count => Assert.Equal(1, count));
        }
    }

    [Fact]
    public void Search_WhenADocumentIsReplacedBetweenSearches_TheNextSearchesAllSeeIt()
    {
        using var index = KnowledgeIndexTests.IndexOf(KnowledgeIndexTests.Chunk("a.md", "안내", "주차장 안내입니다.", null, null));
        Assert.Single(index.Search("주차장"));

        index.Replace("b.md", [KnowledgeIndexTests.Chunk("b.md", "안내", "도서관 회원증 안내입니다.", null, null)]);

        Assert.All(SearchTogether(index, "도서관 회원증"), count => Assert.Equal(1, count));
    }

    /// <summary>The number of hits each of <see cref="Threads"/> threads, released together, finds for <paramref name="query"/>.</summary>
    private static int[] SearchTogether(KnowledgeIndex index, string query)
    {
        var counts = new int[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            counts[i] = index.Search(query).Count;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return counts;
    }
}
