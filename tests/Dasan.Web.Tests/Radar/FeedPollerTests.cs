using Dasan.Core.Data;
using Dasan.Core.Radar;
using Dasan.Web.Radar;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Radar;

public sealed class FeedPollerTests(FeedPollerTests.Fixture fixture) : IClassFixture<FeedPollerTests.Fixture>
{
    private DasanHost Host => fixture.Host;
    private FeedServer Server => fixture.Server;

    [Fact]
    public async Task Poll_WhenRssFeedIsUnchanged_UsesConditionalGetAndAddsNothing()
    {
        Server.Serve("/rss", FeedXml.Rss(("a1", "서울 마포구 싱크홀 발생", "Mon, 03 Feb 2020 14:18:00 +0900"), ("a2", "지하철 9호선 지연 운행", "Mon, 03 Feb 2020 15:00:00 GMT")), etag: "\"v1\"");
        var feed = await AddFeedAsync("rss", "/rss");

        var first = await PollAsync(feed);
        var second = await PollAsync(feed);

        Assert.True(first.Success);
        Assert.Equal(2, first.Added);
        Assert.True(second.NotModified);
        Assert.Equal(0, second.Added);
        Assert.Contains("If-None-Match: \"v1\"", Server.ConditionalHeaders);
        var items = await ItemsAsync("rss");
        Assert.Equal(2, items.Count);
        var sinkhole = items.Single(i => i.ExternalId == "a1");
        Assert.Equal(new DateTime(2020, 2, 3, 5, 18, 0, DateTimeKind.Utc), sinkhole.PublishedAt);
        Assert.Contains("마포구", sinkhole.Districts);
        Assert.Contains("싱크홀", sinkhole.Phrases);
        var stored = await FeedAsync(feed);
        Assert.Equal(2, stored.ItemCount);
        Assert.NotNull(stored.LastSuccessAt);
        Assert.Null(stored.LastError);
    }

    [Fact]
    public async Task Poll_WhenFeedIsAtom_StoresEntries()
    {
        Server.Serve("/atom", FeedXml.Atom(("urn:1", "한강 수위 상승, 잠수교 통제", "2020-08-03T10:00:00+09:00")), "application/atom+xml");
        var feed = await AddFeedAsync("atom", "/atom");

        var result = await PollAsync(feed);

        Assert.Equal(1, result.Added);
        Assert.Equal("urn:1", Assert.Single(await ItemsAsync("atom")).ExternalId);
    }

    [Fact]
    public async Task Poll_WhenServerIsDown_RecordsTheErrorAndBacksOffThenRecovers()
    {
        Server.Routes["/down"] = ctx => { ctx.Response.StatusCode = 503; return Task.CompletedTask; };
        var feed = await AddFeedAsync("down", "/down");

        var first = await PollAsync(feed);
        var afterFirst = await FeedAsync(feed);
        await PollAsync(feed);
        var afterSecond = await FeedAsync(feed);
        Server.Serve("/down", FeedXml.Rss(("b1", "복구된 피드", "Tue, 04 Feb 2020 09:00:00 +0900")));
        var recovered = await PollAsync(feed);

        Assert.False(first.Success);
        Assert.Contains("503", first.Error);
        Assert.Equal(1, afterFirst.ConsecutiveFailures);
        Assert.Equal(2, afterSecond.ConsecutiveFailures);
        Assert.True(afterSecond.NextPollAt - afterSecond.LastPolledAt!.Value > afterFirst.NextPollAt - afterFirst.LastPolledAt!.Value);
        Assert.True(recovered.Success);
        var healed = await FeedAsync(feed);
        Assert.Equal(0, healed.ConsecutiveFailures);
        Assert.Contains("503", healed.LastError);
    }

    [Fact]
    public async Task Poll_WhenServerIsSlow_TimesOutWithAClearError()
    {
        Server.Routes["/slow"] = async ctx => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
        var feed = await AddFeedAsync("slow", "/slow");

        var result = await PollAsync(feed);

        Assert.False(result.Success);
        Assert.Contains("timeout", result.Error);
    }

    [Fact]
    public async Task Poll_WhenServerReturnsHtml_SaysItIsAWebPage()
    {
        Server.Serve("/html", "<!DOCTYPE html><html><head><title>뉴스</title></head><body><p>안녕<br></body></html>", "text/html");
        var feed = await AddFeedAsync("html", "/html");

        var result = await PollAsync(feed);

        Assert.False(result.Success);
        Assert.Contains("HTML", result.Error);
        Assert.Equal(result.Error, (await FeedAsync(feed)).LastError);
    }

    [Fact]
    public async Task Poll_WhenDatesAreBrokenAndGuidsRepeat_KeepsEachItemOnceAndWarns()
    {
        Server.Serve("/messy", FeedXml.Rss(
            ("g1", "첫 번째 기사", "어제쯤"), ("g1", "같은 GUID의 두 번째 기사", "Mon, 03 Feb 2020 14:18:00 +0900"),
            ("g2", "세 번째 기사", "2020-13-45")));
        var feed = await AddFeedAsync("messy", "/messy");

        var result = await PollAsync(feed);

        Assert.Equal(2, result.Added);
        Assert.Contains(result.Warnings, w => w.Contains("duplicate id 'g1'", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("'어제쯤' is not a date", StringComparison.Ordinal));
        Assert.Equal(["g1", "g2"], (await ItemsAsync("messy")).Select(i => i.ExternalId).Order());
    }

    [Fact]
    public async Task Poll_WhenAnItemIsHuge_StoresItTruncated()
    {
        var huge = string.Concat(Enumerable.Repeat("아주 긴 본문입니다. ", 20_000));
        Server.Serve("/huge", FeedXml.Rss(("h1", new string('가', 3000), "Mon, 03 Feb 2020 14:18:00 +0900", huge)));
        var feed = await AddFeedAsync("huge", "/huge");

        var result = await PollAsync(feed);

        Assert.Equal(1, result.Added);
        var item = Assert.Single(await ItemsAsync("huge"));
        Assert.True(item.Title.Length <= 500);
        Assert.True(item.Body.Length <= 2000);
    }

    [Fact]
    public async Task Poll_WhenNothingListens_RecordsConnectionError()
    {
        var feed = await AddFeedAsync("nobody", "/x", "http://127.0.0.1:9");

        var result = await PollAsync(feed);

        Assert.False(result.Success);
        Assert.Equal(1, (await FeedAsync(feed)).ConsecutiveFailures);
    }

    private async Task<long> AddFeedAsync(string name, string path, string? baseUrl = null)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var feed = new RadarFeed { Name = name, Url = (baseUrl ?? Server.BaseUrl) + path, IntervalMinutes = 10 };
        db.RadarFeeds.Add(feed);
        await db.SaveChangesAsync();
        return feed.Id;
    }

    private Task<FeedPollResult> PollAsync(long feed) => Host.Services.GetRequiredService<FeedPoller>().PollAsync(feed, CancellationToken.None);

    private async Task<RadarFeed> FeedAsync(long id)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasanDbContext>().RadarFeeds.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    private async Task<List<RadarItem>> ItemsAsync(string source)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DasanDbContext>().RadarItems.AsNoTracking().Where(i => i.Source == source).ToListAsync();
    }

    /// <summary>One Dasan host and one feed server for the class; each test uses its own feed names and paths.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public DasanHost Host { get; private set; } = null!;
        public FeedServer Server { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false", "--Dasan:Radar:FeedTimeoutSeconds=4", "--Dasan:Seed:DemoData=false"]);
            Server = await FeedServer.StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Host.DisposeAsync();
        }
    }
}
