using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Radar;

/// <summary>
/// Runs the detector over stored items: loads the window and its history (optionally one source), detects, and
/// leaves out issues a staff member dismissed within <see cref="RadarOptions.SuppressDays"/> days of the window's end.
/// Results are reused from <see cref="RadarDetectionCache"/> while the stored items are unchanged.
/// </summary>
public sealed class RadarDetection(DasanDbContext db, RadarOptions options, TimeProvider clock, RadarDetectionCache? cache = null) : IRadarTopIssues
{
    public async Task<RadarDetectionResult> DetectAsync(DateOnly from, DateOnly to, string? source, CancellationToken ct)
    {
        var stamp = (await db.RadarItems.CountAsync(ct), await db.RadarItems.MaxAsync(i => (long?)i.Id, ct) ?? 0);
        if (cache is null || !cache.TryGet(from, to, source, stamp, out var issues, out var itemsRead))
        {
            var items = await LoadAsync(from.AddDays(-options.HistoryDays), to, source, ct);
            (issues, itemsRead) = (new BurstDetector(options).Detect(items, from, to), items.Count);
            cache?.Set(from, to, source, stamp, issues, itemsRead);
        }

        var dismissed = await DismissedAsync(to, ct);
        var kept = issues.Where(i => !dismissed.Any(d => Suppresses(d, i))).ToList();
        return new RadarDetectionResult(from, to, source, kept, issues.Count - kept.Count, itemsRead);
    }

    public async Task<IReadOnlyList<DetectedIssue>> TopAsync(int count, int days = 7, CancellationToken ct = default)
    {
        var today = RadarDates.DayOf(clock.GetUtcNow().UtcDateTime, options.CityOffset);
        var result = await DetectAsync(today.AddDays(1 - days), today, null, ct);
        return result.Issues.Take(count).ToList();
    }

    /// <summary>Observations from <paramref name="from"/> to <paramref name="to"/> inclusive, ordered by day.</summary>
    public async Task<List<RadarObservation>> LoadAsync(DateOnly from, DateOnly to, string? source, CancellationToken ct)
    {
        var start = RadarDates.StartOf(from, options.CityOffset);
        var end = RadarDates.StartOf(to.AddDays(1), options.CityOffset);
        var query = db.RadarItems.AsNoTracking().Where(i => i.PublishedAt >= start && i.PublishedAt < end);
        if (source is not null)
        {
            query = query.Where(i => i.Source == source);
        }

        // Only the columns the detector reads: bodies stay in the database.
        var rows = query.OrderBy(i => i.PublishedAt).ThenBy(i => i.Id).Select(i => new RadarItem
        {
            Id = i.Id, Source = i.Source, Kind = i.Kind, ExternalId = "", PublishedAt = i.PublishedAt, Title = i.Title, Url = i.Url,
            Domain = i.Domain, Departments = i.Departments, Districts = i.Districts, Phrases = i.Phrases, StoryId = i.StoryId,
        });
        var list = new List<RadarObservation>();
        await foreach (var item in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            list.Add(RadarObservation.From(item, options.CityOffset));
        }

        return list;
    }

    private async Task<List<string[]>> DismissedAsync(DateOnly to, CancellationToken ct)
    {
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var since = end.AddDays(-options.SuppressDays);
        var keys = await db.RadarDecisions.AsNoTracking()
            .Where(d => d.Kind == RadarDecisionKind.Dismissed && d.At >= since)
            .Select(d => d.IssueKey).ToListAsync(ct);
        return keys.Select(k => k.Split('|')).ToList();
    }

    // A dismissed issue suppresses a later one that shares most of its phrases.
    private static bool Suppresses(string[] dismissed, DetectedIssue issue)
    {
        var shared = issue.Phrases.Count(p => dismissed.Contains(p, StringComparer.Ordinal));
        return shared > 0 && shared >= 0.5 * Math.Min(dismissed.Length, issue.Phrases.Count);
    }
}
