using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>
/// What waits in the intake journal (ADR 0328), for the admin's jobs page and <c>dasan jobs</c>: entries waiting for a
/// worker and the oldest one's time of receipt, and apart from those, the entries set aside after
/// <see cref="IntakeJournalDrain.MaxAttempts"/> failed attempts with the latest error.
/// </summary>
public sealed record JournalBacklog(int Waiting, DateTime? OldestReceivedAt, int SetAside, string? LastError)
{
    public static async Task<JournalBacklog> ReadAsync(DasanDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var live = db.IntakeJournal.Where(j => j.Attempts < IntakeJournalDrain.MaxAttempts && j.Leases < IntakeJournalDrain.MaxLeases);
        var aside = db.IntakeJournal.Where(IntakeJournalDrain.SetAside);
        var waiting = await live.CountAsync(ct);
        var oldest = waiting == 0 ? null : await live.MinAsync(j => (DateTime?)j.ReceivedAt, ct);
        var setAside = await aside.CountAsync(ct);
        var error = setAside == 0 ? null : await aside.OrderByDescending(j => j.Id).Select(j => j.LastError).FirstOrDefaultAsync(ct);
        return new JournalBacklog(waiting, oldest, setAside, error);
    }
}
