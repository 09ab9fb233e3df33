using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// Marks the Seoul receipt day of every added, deleted or (in a counted field) modified request and triage suggestion
/// as dirty, as part of the same save. Called by <see cref="DasanDbContext"/> before every save; writes that bypass
/// the change tracker (raw SQL, bulk copies) must call <see cref="RollupRefresher.MarkDirtyAsync"/> or rebuild.
/// </summary>
internal static class DirtyDayRecorder
{
    private static readonly string[] RequestFields =
    [
        nameof(CitizenRequest.ReceivedAt), nameof(CitizenRequest.Domain), nameof(CitizenRequest.DepartmentId),
        nameof(CitizenRequest.District), nameof(CitizenRequest.AnsweredAt), nameof(CitizenRequest.ClosedAt),
    ];

    private static readonly string[] SuggestionFields =
        [nameof(TriageSuggestion.RequestId), nameof(TriageSuggestion.AutoAssigned), nameof(TriageSuggestion.OverriddenAt)];

    public static async Task RecordAsync(DasanDbContext db, CancellationToken ct)
    {
        var (days, unknown) = Collect(db);
        if (unknown.Count > 0)
        {
            days.UnionWith((await ReceivedOf(db, unknown).ToListAsync(ct)).Select(SeoulDays.Of));
        }

        Add(db, days);
    }

    public static void Record(DasanDbContext db)
    {
        var (days, unknown) = Collect(db);
        if (unknown.Count > 0)
        {
            days.UnionWith(ReceivedOf(db, unknown).ToList().Select(SeoulDays.Of));
        }

        Add(db, days);
    }

    private static IQueryable<DateTime> ReceivedOf(DasanDbContext db, List<long> ids) =>
        db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.ReceivedAt);

    private static void Add(DasanDbContext db, HashSet<DateOnly> days)
    {
        foreach (var day in days)
        {
            db.DirtyPeriods.Add(new DirtyPeriod { Grain = RollupGrain.Day, Start = day });
        }
    }

    private static (HashSet<DateOnly> Days, List<long> Unknown) Collect(DasanDbContext db)
    {
        var days = new HashSet<DateOnly>();
        var unknown = new List<long>();
        var requests = db.ChangeTracker.Entries<CitizenRequest>().ToList();
        foreach (var e in requests.Where(e => Changed(e, RequestFields)))
        {
            foreach (var received in Values<DateTime>(e, nameof(CitizenRequest.ReceivedAt)))
            {
                days.Add(SeoulDays.Of(received));
            }
        }

        foreach (var e in db.ChangeTracker.Entries<TriageSuggestion>().Where(e => Changed(e, SuggestionFields)))
        {
            foreach (var requestId in Values<long>(e, nameof(TriageSuggestion.RequestId)))
            {
                var tracked = requests.FirstOrDefault(r => r.Property(x => x.Id).CurrentValue == requestId)?.Entity
                    ?? (e.Entity.Request is { } nav && nav.Id == requestId ? nav : null);
                if (tracked is not null)
                {
                    days.Add(SeoulDays.Of(tracked.ReceivedAt));
                }
                else
                {
                    unknown.Add(requestId);
                }
            }
        }

        return (days, unknown);
    }

    private static bool Changed(EntityEntry e, string[] fields) => e.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => fields.Any(f => e.Property(f).IsModified),
        _ => false,
    };

    /// <summary>The value a save leaves and the value it replaces (one of them for added and deleted rows).</summary>
    private static IEnumerable<T> Values<T>(EntityEntry e, string property)
    {
        var p = e.Property(property);
        if (e.State != EntityState.Added)
        {
            yield return (T)p.OriginalValue!;
        }

        if (e.State != EntityState.Deleted)
        {
            yield return (T)p.CurrentValue!;
        }
    }
}
