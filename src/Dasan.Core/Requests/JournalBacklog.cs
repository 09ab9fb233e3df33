using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>
/// What waits in the intake journal (ADR 0328), for the admin's jobs page and <c>dasan jobs</c>: entries waiting, the
/// oldest one's time of receipt, and those set aside after <see cref="IntakeJournalDrain.MaxAttempts"/> failed attempts with the latest error.
/// </summary>
public sealed record JournalBacklog(int Waiting, DateTime? OldestReceivedAt, int SetAside, string? LastError)
{
    public static async Task<JournalBacklog> ReadAsync(DasanDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var waiting = await db.IntakeJournal.CountAsync(ct);
        var oldest = waiting == 0 ? null : await db.IntakeJournal.MinAsync(j => (DateTime?)j.ReceivedAt, ct);
        var aside = await db.IntakeJournal.Where(j => j.Attempts >= IntakeJournalDrain.MaxAttempts).OrderByDescending(j => j.Id)
            .Select(j => j.LastError).ToListAsync(ct);
        return new JournalBacklog(waiting, oldest, aside.Count, aside.FirstOrDefault());
    }
}
