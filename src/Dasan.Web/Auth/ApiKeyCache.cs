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
/// Unknown keys are never cached: every failed attempt is checked against the database.
/// </summary>
public sealed class ApiKeyCache(ReferenceCache reference, TimeProvider clock)
{
    private const int Capacity = 10_000;
    private readonly ConcurrentDictionary<string, Entry> _byHash = new(StringComparer.Ordinal);

    public async Task<ClaimsPrincipal?> AuthenticateAsync(DasanDbContext db, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = SecretHasher.Hash(key);
        if (!_byHash.TryGetValue(hash, out var entry) || !reference.IsFresh(entry.At, entry.Version))
        {
            var version = ReferenceCache.Version;
            var at = clock.GetUtcNow();
            var found = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, ct);
            if (found is null)
            {
                _byHash.TryRemove(hash, out _);
                return null;
            }

            if (_byHash.Count >= Capacity)
            {
                _byHash.Clear();
            }

            entry = new Entry(found.Name, found.Role, found.DepartmentId, found.Id, at, version);
            _byHash[hash] = entry;
        }

        var claims = PrincipalActor.Claims("apikey:" + entry.Name, entry.Role, entry.DepartmentId, DasanClaims.ApiKeyId, entry.Id);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthenticationHandler.SchemeName));
    }

    private sealed record Entry(string Name, StaffRole Role, long? DepartmentId, long Id, DateTimeOffset At, int Version);
}
