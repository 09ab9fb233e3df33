using System.Collections.Concurrent;
using System.Security.Claims;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Auth;

/// <summary>
/// Known API keys by hash, so an integration posting many requests costs one key lookup per <see cref="ReferenceCache.MaxAge"/>
/// and node instead of one per request (ADR 0325). Same freshness as the reference cache: a key created or revoked
/// through this process is seen at once, one revoked on another node (or by hand in the database) within the max age.
/// Unknown keys are never cached: every failed attempt is checked against the database. Requests that miss at the same
/// moment with the same key share one lookup: when a burst arrives with a new key, or as the cached entry ages out under
/// load, each of them opening its own connection once took dozens of database connections at once and ran the server
/// out of them ("too many clients").
/// </summary>
public sealed class ApiKeyCache(ReferenceCache reference, TimeProvider clock)
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _byHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<Entry?>> _loading = new(StringComparer.Ordinal);

    public async Task<ClaimsPrincipal?> AuthenticateAsync(DasanDbContext db, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = SecretHasher.Hash(key);
        if (!_byHash.TryGetValue(hash, out var entry) || !reference.IsFresh(entry.At, entry.Version))
        {
            // The first request to miss looks the key up (its own cancellation is not observed: others may be waiting
            // on it, and its context must outlive the query); the others wait for that lookup, each as long as it may.
            var mine = new TaskCompletionSource<Entry?>(TaskCreationOptions.RunContinuationsAsynchronously);
            var running = _loading.GetOrAdd(hash, mine.Task);
            entry = running == mine.Task ? await LoadAsync(db, hash, mine) : await running.WaitAsync(ct);
            if (entry is null)
            {
                return null;
            }
        }

        var claims = PrincipalActor.Claims("apikey:" + entry.Name, entry.Role, entry.DepartmentId, DasanClaims.ApiKeyId, entry.Id);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthenticationHandler.SchemeName));
    }

    private async Task<Entry?> LoadAsync(DasanDbContext db, string hash, TaskCompletionSource<Entry?> done)
    {
        try
        {
            var version = ReferenceCache.Version;
            var at = clock.GetUtcNow();
            var found = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, CancellationToken.None);
            Entry? entry = null;
            if (found is null)
            {
                _byHash.TryRemove(hash, out _);
            }
            else
            {
                if (_byHash.Count >= Capacity)
                {
                    _byHash.Clear();
                }

                entry = new Entry(found.Name, found.Role, found.DepartmentId, found.Id, at, version);
                _byHash[hash] = entry;
            }

            done.SetResult(entry);
            return entry;
        }
        catch (Exception e)
        {
            done.SetException(e);
            _ = done.Task.Exception; // observed here: the waiters, if any, get it too
            throw;
        }
        finally
        {
            _loading.TryRemove(new KeyValuePair<string, Task<Entry?>>(hash, done.Task));
        }
    }

    private sealed record Entry(string Name, StaffRole Role, long? DepartmentId, long Id, DateTimeOffset At, int Version);
}
