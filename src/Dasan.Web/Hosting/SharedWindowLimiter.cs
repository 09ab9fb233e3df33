using System.Threading.RateLimiting;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Hosting;

/// <summary>
/// A fixed-window rate limiter whose count lives in the database (<c>rate_windows</c>), so every node behind the proxy
/// counts the same window (issue 16). One upsert per request; when the database cannot be reached the request is
/// let through (the database outage answers 503 further on anyway) rather than refused.
/// </summary>
public sealed class SharedWindowLimiter(string partition, int permits, TimeSpan window, IServiceScopeFactory scopes, TimeProvider clock, ILogger log)
    : RateLimiter
{
    private const string Upsert = """
        INSERT INTO rate_windows ("Partition", "WindowStart", "Count") VALUES ({0}, {1}, 1)
        ON CONFLICT ("Partition", "WindowStart") DO UPDATE SET "Count" = rate_windows."Count" + 1
        RETURNING "Count" AS "Value"
        """;

    private DateTimeOffset _lastUsed = clock.GetUtcNow();

    public override TimeSpan? IdleDuration => clock.GetUtcNow() - _lastUsed;

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Never decides synchronously: the middleware then awaits <see cref="AcquireAsyncCore"/>, which asks the database.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => new Lease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _lastUsed = now;
        var start = new DateTime(now.UtcTicks - (now.UtcTicks % window.Ticks), DateTimeKind.Utc);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var count = (await db.Database.SqlQueryRaw<int>(Upsert, partition, start).ToListAsync(cancellationToken)).Single();
            return count <= permits ? new Lease(true, null) : new Lease(false, start + window - now.UtcDateTime);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogWarning(e, "The shared rate-limit count could not be read; letting the request through.");
            return new Lease(true, null);
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
