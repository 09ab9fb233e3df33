using Dasan.Core.Data;
using Dasan.Core.Radar;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Radar;

/// <summary>
/// Stores items from any source: skips those already present (source + id), analyses the rest in parallel,
/// folds near-duplicates into stories and saves. Items are processed in time order so folding sees the past.
/// </summary>
public sealed class RadarIngestor(DasanDbContext db, RadarItemAnalyzer analyzer, StoryFolder folder, RadarOptions options, TimeProvider clock)
{
    public async Task<IngestResult> IngestAsync(IReadOnlyList<IncomingItem> incoming, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var unique = incoming.GroupBy(i => (i.Source, i.ExternalId)).Select(g => g.First()).ToList();
        var duplicatesInBatch = incoming.Count - unique.Count;
        await folder.Turn.WaitAsync(ct);
        try
        {
            await LoadFolderAsync(ct);
            var fresh = new List<IncomingItem>();
            foreach (var source in unique.GroupBy(i => i.Source))
            {
                var ids = source.Select(i => i.ExternalId).ToList();
                var present = await db.RadarItems.Where(r => r.Source == source.Key && ids.Contains(r.ExternalId))
                    .Select(r => r.ExternalId).ToListAsync(ct);
                var presentSet = present.ToHashSet(StringComparer.Ordinal);
                fresh.AddRange(source.Where(i => !presentSet.Contains(i.ExternalId)));
            }

            fresh.Sort((a, b) => a.PublishedAt.CompareTo(b.PublishedAt));
            var analyzed = new AnalyzedItem[fresh.Count];
            Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = ct }, i =>
                analyzed[i] = analyzer.Analyze(fresh[i].Title, fresh[i].Body, fresh[i].KnownDomain, fresh[i].KnownDepartments));
            var folded = await SaveAsync(fresh, analyzed, ct);
            return new IngestResult(fresh.Count, folded, unique.Count - fresh.Count + duplicatesInBatch);
        }
        finally
        {
            folder.Turn.Release();
        }
    }

    private async Task<int> SaveAsync(List<IncomingItem> fresh, AnalyzedItem[] analyzed, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entities = new RadarItem[fresh.Count];
        var pending = new List<(long TempId, int Index, Triage.Duplicates.DuplicateFingerprint Fingerprint)>();
        var folded = 0;
        for (var i = 0; i < fresh.Count; i++)
        {
            var (f, a) = (fresh[i], analyzed[i]);
            var fingerprint = folder.Fingerprint(a.Title, a.Body);
            var story = folder.StoryOf(fingerprint);
            var tempId = -(i + 1L);
            entities[i] = new RadarItem
            {
                Source = f.Source, Kind = f.Kind, ExternalId = f.ExternalId, PublishedAt = f.PublishedAt, CollectedAt = now,
                Title = a.Title.Length == 0 ? "(제목 없음)" : a.Title, Body = a.Body, Section = Clip(f.Section, 80), Url = Clip(f.Url, 1000),
                Domain = a.Domain, Departments = Join(a.Departments, 300), Districts = Join(a.Districts, 200), Phrases = Join(a.Phrases, 2000),
            };
            folded += story is null ? 0 : 1;
            folder.Add(tempId, story ?? tempId, fingerprint, f.PublishedAt);
            pending.Add((tempId, i, fingerprint));
            if (story is { } s)
            {
                entities[i].StoryId = s;
            }
        }

        db.RadarItems.AddRange(entities);
        await db.SaveChangesAsync(ct);
        await ResolveTemporaryStoriesAsync(entities, pending, ct);
        db.ChangeTracker.Clear();
        if (fresh.Count > 0)
        {
            folder.Evict(fresh[^1].PublishedAt);
        }

        return folded;
    }

    // Items folded into a story that started in this batch point at a temporary id until the batch is saved.
    private async Task ResolveTemporaryStoriesAsync(RadarItem[] entities, List<(long TempId, int Index, Triage.Duplicates.DuplicateFingerprint Fingerprint)> pending, CancellationToken ct)
    {
        var realOf = pending.ToDictionary(p => p.TempId, p => entities[p.Index].Id);
        var changed = false;
        foreach (var e in entities.Where(e => e.StoryId < 0))
        {
            e.StoryId = realOf[e.StoryId!.Value];
            changed = true;
        }

        foreach (var (tempId, index, fingerprint) in pending)
        {
            folder.Remove(tempId);
            folder.Add(entities[index].Id, entities[index].StoryId ?? entities[index].Id, fingerprint, entities[index].PublishedAt);
        }

        if (changed)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task LoadFolderAsync(CancellationToken ct)
    {
        if (folder.Loaded)
        {
            return;
        }

        var newest = await db.RadarItems.MaxAsync(r => (DateTime?)r.PublishedAt, ct);
        if (newest is { } n)
        {
            var since = n.AddDays(-options.FoldWindowDays);
            await foreach (var r in db.RadarItems.AsNoTracking().Where(r => r.PublishedAt >= since).OrderBy(r => r.PublishedAt)
                .Select(r => new { r.Id, r.StoryId, r.Title, r.Body, r.PublishedAt }).AsAsyncEnumerable().WithCancellation(ct))
            {
                folder.Add(r.Id, r.StoryId ?? r.Id, folder.Fingerprint(r.Title, r.Body), r.PublishedAt);
            }
        }

        folder.Loaded = true;
    }

    private static string Join(IReadOnlyList<string> values, int max)
    {
        var joined = string.Join('|', values.Select(v => v.Replace('|', ' ')));
        if (joined.Length <= max)
        {
            return joined;
        }

        var cut = joined.LastIndexOf('|', max - 1);
        return joined[..(cut > 0 ? cut : max)];
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
