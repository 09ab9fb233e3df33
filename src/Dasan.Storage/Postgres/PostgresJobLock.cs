using Dasan.Core.Jobs;
using Medallion.Threading.Postgres;

namespace Dasan.Storage.Postgres;

/// <summary>
/// A job's lock as a PostgreSQL session advisory lock (DistributedLock.Postgres, ADR 0320). The lock lives on its own
/// connection for the length of the run; when the node dies its connection closes and the server frees the lock.
/// </summary>
public sealed class PostgresJobLock(string connectionString) : IJobLock
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken ct)
    {
        var handle = await new PostgresDistributedLock(new PostgresAdvisoryLockKey("dasan-job:" + job, allowHashing: true), connectionString)
            .TryAcquireAsync(TimeSpan.Zero, ct);
        return handle;
    }
}
