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

    /// <summary>At most this many ids a catch-up: after a long quiet spell the backlog is taken over several intakes.</summary>
    private const int BatchLimit = 5000;

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

    /// <summary>Indexes the stored requests in the window this node has not seen (all of them on first use), a bounded batch a call.</summary>
    private async Task CatchUpAsync(DasanDbContext db, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.DuplicateWindowDays);
        if (!_loaded)
        {
            // The top is read first: a request committed during the load is above it or missing from what was loaded,
            // so the next catch-up (which looks Lookback ids below the top) finds it either way.
            var top = await db.Requests.MaxAsync(r => (long?)r.Id, ct) ?? 0;
            var loaded = new List<long>();
            await foreach (var r in db.Requests.AsNoTracking().Where(r => r.Id <= top && r.ReceivedAt >= since && r.Fingerprint != null).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Fingerprint, r.ReceivedAt }).AsAsyncEnumerable().WithCancellation(ct))
            {
                _index.Add(r.Id, DuplicateFingerprint.FromBytes(r.Fingerprint!), r.ReceivedAt); // oldest first: buckets end with the newest
                loaded.Add(r.Id);
            }

            Seen(loaded, top);
            return;
        }

        var from = _top - Lookback;
        var ids = await db.Requests.AsNoTracking().Where(r => r.Id > from && r.ReceivedAt >= since).OrderBy(r => r.Id).Select(r => r.Id).Take(BatchLimit).ToListAsync(ct);
        List<long> fresh;
        lock (_recent)
        {
            fresh = [.. ids.Where(id => !_recent.Contains(id))];
        }

        foreach (var chunk in fresh.Chunk(1000))
        {
            var rows = await db.Requests.AsNoTracking().Where(r => chunk.Contains(r.Id) && r.Fingerprint != null)
                .OrderBy(r => r.Id).Select(r => new { r.Id, r.Fingerprint, r.ReceivedAt }).ToListAsync(ct);
            rows.ForEach(r => _index.Add(r.Id, DuplicateFingerprint.FromBytes(r.Fingerprint!), r.ReceivedAt));
        }

        Seen(ids, ids.Count == 0 ? _top : ids[^1]);
        if (fresh.Count > 0)
        {
            _index.Evict(clock.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>Remembers ids already indexed (or without a fingerprint) near the top, so a catch-up skips them.</summary>
    private void Seen(IEnumerable<long> ids, long top)
    {
        lock (_recent)
        {
            _recent.UnionWith(ids);
            _top = Math.Max(_top, top);
            _recent.RemoveWhere(id => id <= _top - Lookback);
        }
    }
}
