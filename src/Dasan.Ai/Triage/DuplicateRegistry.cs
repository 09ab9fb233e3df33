using Dasan.Ai.Triage.Duplicates;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Triage;

/// <summary>
/// The process-wide near-duplicate index of recent requests. Loaded from the stored fingerprints on first use
/// (the database is the source of truth), kept current by this node's intake, and caught up at most once per
/// <see cref="CatchUpEvery"/> with the requests other nodes stored (issue 16): without that, a request taken by one
/// node was never a duplicate candidate on another. Entries older than the window are evicted.
/// </summary>
public sealed class DuplicateRegistry(TriageOptions options, TimeProvider clock)
{
    /// <summary>How often an intake checks the database for requests stored by other nodes.</summary>
    public static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Ids are handed out at insert but seen at commit, so a lower id can appear after a higher one: each catch-up
    /// looks this many ids below the highest it has seen, and skips the ones it already has.
    /// </summary>
    private const int Lookback = 1000;

    // 42 bands of 3 rows: a pair at Jaccard 0.5 becomes a candidate with probability ≈ 0.99, one at 0.2 with ≈ 0.29.
    private readonly NearDuplicateIndex _index = new(NearDuplicateOptions.Default with
    {
        HashCount = 126, Bands = 42, Threshold = options.DuplicateThreshold, Window = TimeSpan.FromDays(options.DuplicateWindowDays),
    });
    private readonly SemaphoreSlim _load = new(1, 1);
    private readonly HashSet<long> _recent = [];
    private long _top;
    private volatile bool _loaded;
    private DateTimeOffset _caughtUpAt = DateTimeOffset.MinValue;

    public MinHasher Hasher => _index.Hasher;

    public async Task<NearDuplicateIndex> IndexAsync(DasanDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_loaded && clock.GetUtcNow() - _caughtUpAt < CatchUpEvery)
        {
            return _index;
        }

        if (_loaded)
        {
            // Someone else is catching up: use the index as it is rather than queue behind them.
            if (!await _load.WaitAsync(0, ct))
            {
                return _index;
            }
        }
        else
        {
            await _load.WaitAsync(ct);
        }

        try
        {
            if (!_loaded || clock.GetUtcNow() - _caughtUpAt >= CatchUpEvery)
            {
                await CatchUpAsync(db, ct);
                _caughtUpAt = clock.GetUtcNow();
                _loaded = true;
            }
        }
        finally
        {
            _load.Release();
        }

        return _index;
    }

    /// <summary>Indexes a request this node has just stored.</summary>
    public void Add(long id, DuplicateFingerprint fingerprint, DateTime at)
    {
        _index.Add(id, fingerprint, at);
        _index.Evict(clock.GetUtcNow().UtcDateTime);
        lock (_recent)
        {
            _recent.Add(id);
        }
    }

    /// <summary>Indexes every stored request in the window this node has not seen (all of them on first use).</summary>
    private async Task CatchUpAsync(DasanDbContext db, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.DuplicateWindowDays);
        if (!_loaded)
        {
            // Oldest first, so the index's buckets end with the newest (its candidate order).
            var top = 0L;
            await foreach (var r in db.Requests.AsNoTracking().Where(r => r.ReceivedAt >= since && r.Fingerprint != null).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Fingerprint, r.ReceivedAt }).AsAsyncEnumerable().WithCancellation(ct))
            {
                _index.Add(r.Id, DuplicateFingerprint.FromBytes(r.Fingerprint!), r.ReceivedAt);
                top = r.Id;
            }

            Seen(await db.Requests.AsNoTracking().Where(r => r.Id > top - Lookback).Select(r => r.Id).ToListAsync(ct));
            return;
        }

        var from = _top - Lookback;
        var ids = await db.Requests.AsNoTracking().Where(r => r.Id > from && r.ReceivedAt >= since).Select(r => r.Id).ToListAsync(ct);
        List<long> fresh;
        lock (_recent)
        {
            fresh = [.. ids.Where(id => !_recent.Contains(id)).Order()];
        }

        foreach (var chunk in fresh.Chunk(2000))
        {
            var rows = await db.Requests.AsNoTracking().Where(r => chunk.Contains(r.Id) && r.Fingerprint != null)
                .OrderBy(r => r.Id).Select(r => new { r.Id, r.Fingerprint, r.ReceivedAt }).ToListAsync(ct);
            foreach (var r in rows)
            {
                _index.Add(r.Id, DuplicateFingerprint.FromBytes(r.Fingerprint!), r.ReceivedAt);
            }
        }

        Seen(ids);
        if (fresh.Count > 0)
        {
            _index.Evict(clock.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>Remembers ids already indexed (or without a fingerprint) near the top, so a catch-up skips them.</summary>
    private void Seen(IReadOnlyCollection<long> ids)
    {
        lock (_recent)
        {
            _recent.UnionWith(ids);
            _top = Math.Max(_top, ids.Count == 0 ? 0 : ids.Max());
            _recent.RemoveWhere(id => id <= _top - Lookback);
        }
    }
}
