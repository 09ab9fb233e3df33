using System.Net;
using System.Net.Http.Headers;
using Dasan.Ai.Radar;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Radar;

/// <summary>
/// Polls RSS and Atom feeds: conditional GET (ETag, Last-Modified), a timeout, a size limit, and exponential
/// back-off after failures (the retry). Validators are saved only after the items are stored, so an item is never
/// lost: a failed store fetches the same document again next time. Every failure is logged and kept on the feed.
/// </summary>
public sealed class FeedPoller(HttpClient http, IServiceScopeFactory scopes, RadarOptions options, TimeProvider clock, ILogger<FeedPoller> log)
{
    private const int Batch = 500;

    public async Task PollDueAsync(CancellationToken ct)
    {
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().RadarFeeds
                .Where(f => f.Enabled && f.NextPollAt <= now).Select(f => f.Id).ToListAsync(ct);
        }

        foreach (var id in due)
        {
            await PollAsync(id, ct);
        }
    }

    public async Task<FeedPollResult> PollAsync(long feedId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var feed = await db.RadarFeeds.SingleAsync(f => f.Id == feedId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        feed.LastPolledAt = now;
        FeedPollResult result;
        try
        {
            result = await FetchAndStoreAsync(feed, scope.ServiceProvider, now, ct);
            feed.LastSuccessAt = now;
            feed.ConsecutiveFailures = 0;
            feed.NextPollAt = now.AddMinutes(Math.Max(1, feed.IntervalMinutes));
            feed.LastNewItems = result.Added;
            feed.ItemCount += result.Added;
            foreach (var w in result.Warnings)
            {
                log.LogWarning("Feed {Feed}: {Warning}", feed.Name, w);
            }
        }
        catch (Exception e) when (e is HttpRequestException or FeedFormatException or TimeoutException or FeedTooLargeException or DbUpdateException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            var message = e is OperationCanceledException ? $"No answer within {options.FeedTimeoutSeconds} s (timeout)." : e.Message;
            feed.ConsecutiveFailures++;
            feed.LastError = message.Length > 1000 ? message[..1000] : message;
            feed.LastErrorAt = now;
            var backoff = Math.Min(options.MaxBackoffMinutes, Math.Max(1, feed.IntervalMinutes) * Math.Pow(2, Math.Min(feed.ConsecutiveFailures, 16)));
            feed.NextPollAt = now.AddMinutes(backoff);
            log.LogWarning("Feed {Feed} ({Url}) failed ({Failures} in a row), next try in {Minutes:F0} min: {Error}", feed.Name, feed.Url, feed.ConsecutiveFailures, backoff, message);
            result = new FeedPollResult(false, false, 0, 0, [], message);
            db.ChangeTracker.Entries().Where(x => x.Entity is not RadarFeed).ToList().ForEach(x => x.State = EntityState.Detached);
        }

        db.RadarFeeds.Update(feed);
        await db.SaveChangesAsync(ct);
        return result;
    }

    private async Task<FeedPollResult> FetchAndStoreAsync(RadarFeed feed, IServiceProvider services, DateTime now, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.FeedTimeoutSeconds));
        using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1");
        if (feed.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (feed.LastModified is { } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FeedPollResult(true, true, 0, 0, [], null);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        var xml = await FeedBody.ReadAsync(response, options.MaxFeedBytes, timeout.Token);
        var document = FeedParser.Parse(xml, now, options.CityOffset);
        var items = document.Entries.Select(e => new IncomingItem(feed.Name, RadarSourceKind.News, e.Id, e.PublishedAt, e.Title, e.Summary, null, e.Link)).ToList();
        var ingestor = services.GetRequiredService<RadarIngestor>();
        var added = 0;
        foreach (var chunk in items.Chunk(Batch))
        {
            added += (await ingestor.IngestAsync(chunk, ct)).Added;
        }

        feed.ETag = response.Headers.ETag?.ToString();
        feed.LastModified = response.Content.Headers.LastModified?.ToString("R");
        return new FeedPollResult(true, false, document.Entries.Count, added, document.Warnings, null);
    }
}
