using Dasan.Ai.Triage.Duplicates;

namespace Dasan.Ai.Tests.Triage.Duplicates;

public sealed class NearDuplicateIndexTests
{
    private const string Bus7011 =
        "7011번 버스가 출근 시간에 배차 간격을 지키지 않습니다. 월드컵경기장역 정류장에서 20분 넘게 기다리는 날이 많고, " +
        "버스 세 대가 한꺼번에 몰려와서 앞차만 만원입니다. 출근 시간 배차 간격을 제대로 관리해 주세요.";

    private const string Bus7011Reworded =
        "안녕하세요.\n7011번버스가 출근시간에 배차간격을 안 지켜요. 월드컵경기장역 정류장에서 20분넘게 기다리는 날이 많구요, " +
        "버스 세대가 한꺼번에 몰려와서 앞차만 만원이에요. 출근 시간 배차간격을 제대로 관리해주세요!!\n감사합니다. 수고하세요.";

    private const string Bus271 =
        "271번 버스가 퇴근 시간에 신촌역 정류장을 무정차 통과합니다. 기사님이 손을 들어도 그냥 지나가서 다음 버스까지 " +
        "15분을 기다렸어요. 271번 기사님들께 정류장 정차 교육을 해 주세요.";

    private static readonly DateTime At = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void FindSimilar_WhenSameComplaintIsReworded_FindsIt()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, Bus7011, At);
        index.Add(2, Bus271, At);

        var matches = index.FindSimilar(Bus7011Reworded);

        var match = Assert.Single(matches);
        Assert.Equal(1, match.Id);
        Assert.InRange(match.Similarity, 0.6, 1);
    }

    [Fact]
    public void FindSimilar_WhenComplaintIsAboutAnotherBusLine_DoesNotMatch()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, Bus7011, At);

        Assert.Empty(index.FindSimilar(Bus271));
    }

    [Fact]
    public void FindSimilar_WhenSeveralMatch_OrdersByMostSimilarFirst()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = 0.3 });
        index.Add(10, Bus7011Reworded, At);
        index.Add(20, Bus7011, At);
        index.Add(30, Bus7011 + " 정류장 안내기 정보도 틀려요. 도착 예정 시간이 계속 바뀌어요.", At);

        var matches = index.FindSimilar(Bus7011);

        Assert.Equal([20L, 30L, 10L], matches.Select(m => m.Id));
        Assert.Equal(1.0, matches[0].Similarity);
        Assert.True(matches[1].Similarity > matches[2].Similarity);
    }

    [Fact]
    public void FindSimilar_WhenMaxIsSmall_ReturnsAtMostMax()
    {
        var index = new NearDuplicateIndex();
        for (var id = 0; id < 5; id++)
        {
            index.Add(id, Bus7011, At);
        }

        Assert.Equal([0L, 1L], index.FindSimilar(Bus7011, max: 2).Select(m => m.Id));
    }

    [Fact]
    public void Remove_WhenEntryExists_StopsMatchingIt()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, Bus7011, At);

        Assert.True(index.Remove(1));
        Assert.False(index.Remove(1));
        Assert.Empty(index.FindSimilar(Bus7011));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Evict_WhenEntriesAreOlderThanTheWindow_RemovesOnlyThose()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Window = TimeSpan.FromDays(7) });
        index.Add(1, Bus7011, At.AddDays(-10));
        index.Add(2, Bus7011Reworded, At.AddDays(-3));

        var evicted = index.Evict(At);

        Assert.Equal(1, evicted);
        Assert.Equal([2L], index.FindSimilar(Bus7011).Select(m => m.Id));
    }

    [Fact]
    public void Evict_WhenAnOlderEntryArrivesAfterAnEviction_StillEvictsIt()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Window = TimeSpan.FromDays(7) });
        index.Add(1, Bus7011, At.AddDays(-3));
        Assert.Equal(0, index.Evict(At));
        index.Add(2, Bus7011Reworded, At.AddDays(-10));

        Assert.Equal(1, index.Evict(At));
        Assert.Equal([1L], index.FindSimilar(Bus7011).Select(m => m.Id));
    }

    [Fact]
    public void FindSimilar_WhenAFloodFillsTheBuckets_ChecksOnlyTheNewestCandidates()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions { MaxCandidates = 50 });
        for (var id = 1; id <= 2_000; id++)
        {
            index.Add(id, $"{Bus7011} 접수 {id}", At);
        }

        var matches = index.FindSimilar(Bus7011 + " 접수 1", max: 5);

        Assert.Equal(5, matches.Count);
        Assert.All(matches, m => Assert.InRange(m.Id, 1_951, 2_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new NearDuplicateOptions { MaxCandidates = 0 }));
    }

    [Fact]
    public void FindSimilar_WhenAFloodPassesTheEstimate_StillPutsTheExactCopyFirst()
    {
        var index = new NearDuplicateIndex();
        for (var id = 1; id <= 600; id++)
        {
            index.Add(id, id == 300 ? Bus7011 : $"{Bus7011} 접수 {id}", At);
        }

        var matches = index.FindSimilar(Bus7011, max: 5);

        Assert.Equal(5, matches.Count);
        Assert.Equal(300, matches[0].Id);
        Assert.Equal(1.0, matches[0].Similarity);
        Assert.Equal(matches.OrderByDescending(m => m.Similarity).Select(m => m.Id), matches.Select(m => m.Id));
        Assert.All(matches, m => Assert.True(m.Similarity >= index.Options.Threshold));
    }

    [Theory]
    [InlineData(128, 32)]
    [InlineData(36, 4)] // not a multiple of any vector width: the last slots are compared one by one
    public void EstimateJaccard_WhenSlotsCompared_CountsTheEqualOnes(int hashes, int bands)
    {
        var hasher = new MinHasher(new NearDuplicateOptions { HashCount = hashes, Bands = bands });
        var a = hasher.Fingerprint(Bus7011);
        var b = hasher.Fingerprint(Bus7011Reworded);

        var expected = a.Signature.Zip(b.Signature).Count(p => p.First == p.Second) / (double)hashes;

        Assert.Equal(expected, MinHasher.EstimateJaccard(a, b));
        Assert.InRange(expected, 0.01, 0.99);
    }

    [Fact]
    public void Add_WhenSameIdIsAddedAgain_ReplacesTheEntry()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, Bus7011, At);
        index.Add(1, Bus271, At);

        Assert.Equal(1, index.Count);
        Assert.Empty(index.FindSimilar(Bus7011));
        Assert.Single(index.FindSimilar(Bus271));
    }

    [Fact]
    public void Add_WhenFingerprintWasStoredAsBytes_RebuildsAnEquivalentIndex()
    {
        var original = new NearDuplicateIndex();
        var stored = original.Add(7, Bus7011, At).ToBytes();

        var rebuilt = new NearDuplicateIndex();
        rebuilt.Add(7, DuplicateFingerprint.FromBytes(stored), At);

        Assert.Equal(original.FindSimilar(Bus7011Reworded), rebuilt.FindSimilar(Bus7011Reworded));
    }

    [Fact]
    public void Add_WhenCalledFromManyThreads_KeepsTheIndexConsistent()
    {
        var index = new NearDuplicateIndex();
        Parallel.For(0, 400, i =>
        {
            index.Add(i, i % 2 == 0 ? Bus7011 + i : Bus271 + i, At);
            index.FindSimilar(Bus7011);
            if (i % 4 == 1)
            {
                index.Remove(i);
            }
        });

        Assert.Equal(300, index.Count);
        Assert.Equal(5, index.FindSimilar(Bus7011).Count);
    }
}
