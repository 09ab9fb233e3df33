namespace Dasan.Web.Auth;

/// <summary>
/// Per-account back-off of staff logins (issue 15): every <see cref="FailuresPerLock"/> consecutive failures lock the
/// account, for <see cref="BaseLock"/> doubled at each further lock (at most a day). Kept on the account row, so it
/// holds across web nodes and restarts.
/// </summary>
public static class LoginThrottle
{
    public const int FailuresPerLock = 5;
    public static readonly TimeSpan BaseLock = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxLock = TimeSpan.FromDays(1);

    /// <summary>How long to lock after <paramref name="failures"/> consecutive failures, or null for no lock.</summary>
    public static TimeSpan? LockAfter(int failures)
    {
        if (failures < FailuresPerLock || failures % FailuresPerLock != 0)
        {
            return null;
        }

        var doubling = Math.Min(failures / FailuresPerLock - 1, 10);
        var span = BaseLock * Math.Pow(2, doubling);
        return span < MaxLock ? span : MaxLock;
    }
}
