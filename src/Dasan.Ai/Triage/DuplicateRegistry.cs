using Dasan.Ai.Triage.Duplicates;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Triage;

/// <summary>
/// The process-wide near-duplicate index of recent requests. Loaded from the stored fingerprints on first use
/// (the database is the source of truth), then kept current by intake; entries older than the window are evicted.
/// </summary>
public sealed class DuplicateRegistry(TriageOptions options, TimeProvider clock)
{
    // 42 bands of 3 rows: a pair at Jaccard 0.5 becomes a candidate with probability ≈ 0.99, one at 0.2 with ≈ 0.29.
    private readonly NearDuplicateIndex _index = new(NearDuplicateOptions.Default with
    {
        HashCount = 126, Bands = 42, Threshold = options.DuplicateThreshold, Window = TimeSpan.FromDays(options.DuplicateWindowDays),
    });
    private readonly SemaphoreSlim _load = new(1, 1);
    private volatile bool _loaded;

    public MinHasher Hasher => _index.Hasher;

    public async Task<NearDuplicateIndex> IndexAsync(DasanDbContext db, CancellationToken ct)
    {
        if (_loaded)
        {
            return _index;
        }

        await _load.WaitAsync(ct);
        try
        {
            if (!_loaded)
            {
                var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.DuplicateWindowDays);
                await foreach (var r in db.Requests.AsNoTracking().Where(r => r.ReceivedAt >= since && r.Fingerprint != null)
                    .OrderBy(r => r.Id) // oldest first, so the index's buckets end with the newest (its candidate order)
                    .Select(r => new { r.Id, r.Fingerprint, r.ReceivedAt }).AsAsyncEnumerable().WithCancellation(ct))
                {
                    _index.Add(r.Id, DuplicateFingerprint.FromBytes(r.Fingerprint!), r.ReceivedAt);
                }

                _loaded = true;
            }
        }
        finally
        {
            _load.Release();
        }

        return _index;
    }

    public void Add(long id, DuplicateFingerprint fingerprint, DateTime at)
    {
        _index.Add(id, fingerprint, at);
        _index.Evict(clock.GetUtcNow().UtcDateTime);
    }
}
