using System.Threading.RateLimiting;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Hosting;

/// <summary>
/// A fixed-window rate limiter whose count lives in the database (<c>rate_windows</c>), so every node behind the proxy
/// counts the same window (issue 16). While a window is below a quarter of its quota, each node counts locally and adds
/// its count to the shared row at most once per <see cref="SyncInterval"/> (the request that finds the last sync old
/// does it): one upsert per partition and node per second instead of a database round trip and a WAL flush on every
/// API call (ADR 0322). From a quarter on, every request is counted in the shared row before it is admitted, so the
/// quota itself is exact across nodes; only the quarter mark can be passed a little late. When the database cannot be
/// reached the request is let through (the database outage answers 503 further on anyway) and its count waits.
/// </summary>
public sealed class SharedWindowLimiter(string partition, int permits, TimeSpan window, IServiceScopeFactory scopes, TimeProvider clock, ILogger log)
    : RateLimiter
{
    /// <summary>How old the last shared count may be before a request refreshes it.</summary>
    public static readonly TimeSpan SyncInterval = TimeSpan.FromSeconds(1);

    /// <summary>Requests are counted locally only while the window is below 1/<see cref="FarFraction"/> of the quota; above it, every request is counted in the database at once.</summary>
    private const int FarFraction = 4;

    private const string Upsert = """
        INSERT INTO rate_windows ("Partition", "WindowStart", "Count") VALUES ({0}, {1}, {2})
        ON CONFLICT ("Partition", "WindowStart") DO UPDATE SET "Count" = rate_windows."Count" + {2}
        RETURNING "Count" AS "Value"
        """;

    private readonly Lock _gate = new();
    private DateTime _windowStart;
    private int _shared;
    private int _unsynced;
    private DateTimeOffset _lastSync = DateTimeOffset.MinValue;
    private bool _syncing;
    private DateTimeOffset _lastUsed = clock.GetUtcNow();

    public override TimeSpan? IdleDuration => clock.GetUtcNow() - _lastUsed;

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Never decides synchronously: the middleware then awaits <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => new Lease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _lastUsed = now;
        var start = new DateTime(now.UtcTicks - (now.UtcTicks % window.Ticks), DateTimeKind.Utc);
        var retryAfter = start + window - now.UtcDateTime;
        int toAdd;
        lock (_gate)
        {
            if (start != _windowStart)
            {
                (_windowStart, _shared, _unsynced, _lastSync) = (start, 0, 0, DateTimeOffset.MinValue);
            }

            _unsynced++;
            var far = _shared + _unsynced <= permits / FarFraction;
            if (far && (_syncing || now - _lastSync < SyncInterval))
            {
                return new Lease(true, null);
            }

            _syncing = true;
            toAdd = _unsynced;
            _unsynced = 0;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var total = (await db.Database.SqlQueryRaw<int>(Upsert, partition, start, toAdd).ToListAsync(cancellationToken)).Single();
            lock (_gate)
            {
                if (start == _windowStart)
                {
                    (_shared, _lastSync) = (Math.Max(_shared, total), now);
                }
            }

            return total <= permits ? new Lease(true, null) : new Lease(false, retryAfter);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogWarning(e, "The shared rate-limit count could not be updated; letting the request through.");
            lock (_gate)
            {
                _unsynced += start == _windowStart ? toAdd : 0;
            }

            return new Lease(true, null);
        }
        finally
        {
            lock (_gate)
            {
                _syncing = false;
            }
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
