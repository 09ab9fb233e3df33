using Dasan.Core.Departments;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>
/// The departments and the active triage rules as this node last read them, shared by every intake instead of two
/// queries per request (issue 16, ADR 0325). A snapshot is used for at most <see cref="MaxAge"/>, and not at all once
/// this process has saved a change to a department, triage rule or API key (<see cref="DasanDbContext"/> calls
/// <see cref="Invalidate"/>): a change made here is seen by the next request, one made on another node within
/// <see cref="MaxAge"/>. Snapshot entities are shared across threads: read them, never attach or change them.
/// </summary>
public sealed class ReferenceCache(TimeProvider clock)
{
    /// <summary>How long another node's change to departments, rules or API keys may go unseen.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private static int s_version;
    private readonly SemaphoreSlim _load = new(1, 1);
    private volatile ReferenceSnapshot? _current;

    /// <summary>Bumped after every save in this process that touched reference data; snapshots of an older version are reloaded.</summary>
    public static int Version => Volatile.Read(ref s_version);

    /// <summary>Marks every cached snapshot (departments, rules, API keys) in this process as stale.</summary>
    public static void Invalidate() => Interlocked.Increment(ref s_version);

    /// <summary>The current snapshot, read from <paramref name="db"/> when the cached one is stale.</summary>
    public async ValueTask<ReferenceSnapshot> GetAsync(DasanDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshot = _current;
        if (IsFresh(snapshot))
        {
            return snapshot!;
        }

        await _load.WaitAsync(ct);
        try
        {
            snapshot = _current;
            if (IsFresh(snapshot))
            {
                return snapshot!;
            }

            // The version is read before the rows: a change saved while they are read makes this snapshot stale at once.
            var version = Version;
            var at = clock.GetUtcNow();
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct);
            var rules = await db.TriageRules.AsNoTracking().Where(r => r.Active).OrderBy(r => r.Id).ToListAsync(ct);
            _current = snapshot = new ReferenceSnapshot(departments, rules, at, version);
            return snapshot;
        }
        finally
        {
            _load.Release();
        }
    }

    /// <summary>True while a value read at <paramref name="at"/> under <paramref name="version"/> may still be used.</summary>
    public bool IsFresh(DateTimeOffset at, int version) => version == Version && clock.GetUtcNow() - at < MaxAge;

    private bool IsFresh(ReferenceSnapshot? snapshot) => snapshot is not null && IsFresh(snapshot.LoadedAt, snapshot.Version);
}
