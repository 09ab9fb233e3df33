using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Audit;

/// <summary>Walks the whole audit chain and reports the first event that does not match its hash.</summary>
public static class AuditChainVerifier
{
    public static async Task<AuditVerification> VerifyAsync(DasanDbContext db, IProgress<long>? progress, CancellationToken ct)
    {
        var expectedId = 1L;
        var prev = AuditHash.Genesis;
        await foreach (var e in db.AuditEvents.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.Id != expectedId)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {expectedId} is missing (next is {e.Id})");
            }

            if (e.PrevHash != prev)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {e.Id} does not point to the hash of event {e.Id - 1}");
            }

            if (AuditHash.Compute(e) != e.Hash)
            {
                return new AuditVerification(false, expectedId - 1, e.Id, $"event {e.Id} was changed after it was written");
            }

            prev = e.Hash;
            expectedId++;
            if (expectedId % 10_000 == 0)
            {
                progress?.Report(expectedId);
            }
        }

        return new AuditVerification(true, expectedId - 1, null, null);
    }
}
