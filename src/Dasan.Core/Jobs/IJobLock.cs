namespace Dasan.Core.Jobs;

/// <summary>
/// The cross-node lock of a job: a PostgreSQL advisory lock (released by the server when the holding node's
/// connection dies) or, on SQLite, a lock file beside the database.
/// </summary>
public interface IJobLock
{
    /// <summary>Takes the lock of <paramref name="job"/> without waiting; null when another process holds it.</summary>
    Task<JobLockHandle?> TryAcquireAsync(string job, CancellationToken ct);
}
