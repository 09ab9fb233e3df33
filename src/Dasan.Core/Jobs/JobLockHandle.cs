namespace Dasan.Core.Jobs;

/// <summary>A held job lock; <see cref="Lost"/> fires when the lock is lost while held (its database connection dropped).</summary>
public sealed class JobLockHandle(IAsyncDisposable inner, CancellationToken lost) : IAsyncDisposable
{
    public CancellationToken Lost { get; } = lost;

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
