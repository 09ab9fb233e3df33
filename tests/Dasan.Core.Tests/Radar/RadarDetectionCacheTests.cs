using Dasan.Core.Radar;

namespace Dasan.Core.Tests.Radar;

public sealed class RadarDetectionCacheTests
{
    private static readonly DateOnly From = new(2020, 5, 11);
    private static readonly DateOnly To = new(2020, 5, 17);

    [Fact]
    public void TryGet_WhenItemsChangedSinceTheEntry_Misses()
    {
        var cache = new RadarDetectionCache();
        IReadOnlyList<DetectedIssue> issues = [new DetectedIssue { Key = "이태원|클럽", Label = "이태원 클럽", Phrases = ["이태원", "클럽"], Domains = [], Departments = [], Districts = ["용산구"], Examples = [], Evidence = [], Daily = [], ItemIds = [] }];
        cache.Set(From, To, null, (100, 100), issues, 1200);

        Assert.True(cache.TryGet(From, To, null, (100, 100), out var hit, out var read));
        Assert.Same(issues, hit);
        Assert.Equal(1200, read);
        Assert.False(cache.TryGet(From, To, null, (101, 101), out _, out _));
        Assert.False(cache.TryGet(From, To, "petitions", (100, 100), out _, out _));
        Assert.False(cache.TryGet(From, To.AddDays(1), null, (100, 100), out _, out _));
    }

    [Fact]
    public void Set_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new RadarDetectionCache();
        cache.Set(From, To, null, (1, 1), [], 1);
        for (var i = 0; i < 40; i++)
        {
            cache.Set(From.AddDays(i + 1), To.AddDays(i + 1), null, (1, 1), [], 1);
            Assert.True(cache.TryGet(From, To, null, (1, 1), out _, out _), "the entry in use stays");
        }

        Assert.False(cache.TryGet(From.AddDays(1), To.AddDays(1), null, (1, 1), out _, out _));
    }
}
