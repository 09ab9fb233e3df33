using System.Globalization;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Audit;

/// <summary>
/// Walks the whole audit chain and reports the first event that does not match its hash: an HMAC under the
/// installation's key from the keyed event on, plain SHA-256 before it. Given a signed head, also checks that the
/// chain still holds that many events ending in that hash (deletions at the end, rewrites before it).
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(DasanDbContext db, IProgress<long>? progress, CancellationToken ct, AuditHead? against = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Committed events still staged (a save stopped before sealing) join the chain first, so all of them are checked.
        await db.SealAuditAsync(ct);
        var setting = await db.Settings.AsNoTracking().Where(s => s.Key == AuditHash.KeyedFromSetting).Select(s => s.Value).FirstOrDefaultAsync(ct);
        long? keyedFrom = long.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null;
        var key = db.AuditKey;
        if (against is not null)
        {
            if (key is null || !against.IsSignedBy(key))
            {
                return new AuditVerification(false, 0, null, "the head's signature does not match this installation's audit key", keyedFrom);
            }

            if (against.KeyedFrom != keyedFrom)
            {
                return new AuditVerification(false, 0, null, $"the head says keyed from event {against.KeyedFrom}, the database says {keyedFrom?.ToString(CultureInfo.InvariantCulture) ?? "never"}", keyedFrom);
            }
        }

        if (keyedFrom is not null && key is null)
        {
            return new AuditVerification(false, 0, keyedFrom, "events from " + keyedFrom + " are keyed, but no audit key is configured here", keyedFrom);
        }

        var expectedId = 1L;
        var prev = AuditHash.Genesis;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.Id != expectedId)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {expectedId} is missing (next is {e.Id})", keyedFrom);
            }

            if (e.PrevHash != prev)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {e.Id} does not point to the hash of event {e.Id - 1}", keyedFrom);
            }

            var keyed = keyedFrom is { } from && e.Id >= from;
            if (AuditHash.Compute(e, keyed ? key!.Bytes : null) != e.Hash)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {e.Id} was changed after it was written", keyedFrom);
            }

            if (against is not null && e.Id == against.Count && e.Hash != against.Hash)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {e.Id} is not the event the head of {against.At:yyyy-MM-dd HH:mm} UTC ended with", keyedFrom);
            }

            prev = e.Hash;
            expectedId++;
            if (expectedId % 10_000 == 0)
            {
                progress?.Report(expectedId);
            }
        }

        if (against is not null && expectedId - 1 < against.Count)
        {
            return new AuditVerification(false, expectedId - 1, expectedId,
                $"the head of {against.At:yyyy-MM-dd HH:mm} UTC names {against.Count} events; the chain now holds {expectedId - 1}: events were deleted from its end", keyedFrom);
        }

        return new AuditVerification(true, expectedId - 1, null, null, keyedFrom);
    }

    /// <summary>Signs the chain's current head with the installation's key.</summary>
    public static async Task<AuditHead> HeadAsync(DasanDbContext db, DateTime at, CancellationToken ct)
    {
        var key = db.AuditKey ?? throw new InvalidOperationException("No audit key is configured: set Dasan:Audit:Key or let the installation create <data>/audit.key.");
        await db.SealAuditAsync(ct);
        var last = await db.AuditEvents.AsNoTracking().OrderByDescending(a => a.Id).Select(a => new { a.Id, a.Hash }).FirstOrDefaultAsync(ct);
        var setting = await db.Settings.AsNoTracking().Where(s => s.Key == AuditHash.KeyedFromSetting).Select(s => s.Value).FirstOrDefaultAsync(ct);
        long? keyedFrom = long.TryParse(setting, NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null;
        return AuditHead.Sign(last?.Id ?? 0, last?.Hash ?? AuditHash.Genesis, keyedFrom, at, key);
    }
}
