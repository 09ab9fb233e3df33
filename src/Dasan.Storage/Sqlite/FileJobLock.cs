using Dasan.Core.Jobs;

namespace Dasan.Storage.Sqlite;

/// <summary>
/// A job's lock on SQLite (one node, perhaps a <c>dasan</c> command beside it): an exclusive lock on
/// <c>&lt;data&gt;/locks/job-NAME.lock</c>, which the kernel frees when the process dies.
/// </summary>
public sealed class FileJobLock(string directory) : IJobLock
{
    public Task<JobLockHandle?> TryAcquireAsync(string job, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        try
        {
            var stream = new FileStream(Path.Combine(directory, $"job-{job}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<JobLockHandle?>(new JobLockHandle(stream, CancellationToken.None));
        }
        catch (IOException)
        {
            return Task.FromResult<JobLockHandle?>(null);
        }
    }
}
