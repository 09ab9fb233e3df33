using Dasan.Core.Jobs;
using Medallion.Threading.Postgres;

namespace Dasan.Storage.Postgres;

/// <summary>
/// A job's lock as a PostgreSQL session advisory lock (DistributedLock.Postgres, ADR 0320). The lock lives on its own
/// connection for the length of the run; when the node dies its connection closes and the server frees the lock.
/// </summary>
public sealed class PostgresJobLock(string connectionString) : IJobLock
{
    public async Task<JobLockHandle?> TryAcquireAsync(string job, CancellationToken ct)
    {
        // The keepalive makes a dropped connection (and so a lost lock) noticed while the job runs.
        var handle = await new PostgresDistributedLock(new PostgresAdvisoryLockKey("dasan-job:" + job, allowHashing: true), connectionString,
            o => o.KeepaliveCadence(TimeSpan.FromSeconds(15))).TryAcquireAsync(TimeSpan.Zero, ct);
        return handle is null ? null : new JobLockHandle(handle, handle.HandleLostToken);
    }
}
