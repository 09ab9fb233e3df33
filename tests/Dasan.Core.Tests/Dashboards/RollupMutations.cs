using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>
/// Changes after intake, made the way the product makes them (tracked entities and SaveChanges), a few at a time so
/// that a change whose day is not marked dirty shows: answers, closings, reassignments, overrides of suggestions
/// loaded without their request, deletions, a request moved to another day, new requests on old and new days.
/// </summary>
internal sealed class RollupMutations(Func<DasanDbContext> context, RollupTestData data, Random random)
{
    private const int Few = 6;

    public IEnumerable<(string Name, Func<Task> Apply)> Steps() =>
    [
        ("answered", () => RequestsAsync(r => r.AnsweredAt is null, r =>
        {
            r.AnsweredAt = data.EndAfter(r.ReceivedAt) ?? r.ReceivedAt.AddHours(3);
            r.Status = RequestStatus.Answered;
        })),
        ("closed", () => RequestsAsync(r => true, r => r.ClosedAt = data.EndAfter(r.ReceivedAt) ?? r.ReceivedAt.AddDays(2))),
        ("reassigned", () => RequestsAsync(r => true, r => r.DepartmentId = r.DepartmentId % 8 + 1)),
        ("domain changed", () => RequestsAsync(r => true, r => r.Domain = r.Domain == "safety" ? "welfare" : "safety")),
        ("district changed", () => RequestsAsync(r => true, r => r.District = r.District == "노원구" ? null : "노원구")),
        ("moved to another day", () => RequestsAsync(r => true, r => r.ReceivedAt = data.ReceivedAt())),
        ("overridden, requests not loaded", () => SuggestionsAsync(s => s.OverriddenAt = s.OverriddenAt is null ? s.At.AddHours(5) : null, sync: false)),
        ("auto flag changed, synchronous save", () => SuggestionsAsync(s => s.AutoAssigned = !s.AutoAssigned, sync: true)),
        ("suggestions deleted and added", SuggestionsReplacedAsync),
        ("requests deleted", () => RequestsAsync(r => true, null)),
        ("new requests on old days", () => NewAsync(() => data.ReceivedAt())),
        ("new requests on new days", () => NewAsync(() => data.ReceivedAt(RollupTestData.Days + random.Next(20)))),
    ];

    /// <summary>Changes (or deletes, when <paramref name="change"/> is null) a few random requests matching the condition.</summary>
    private async Task RequestsAsync(Func<CitizenRequest, bool> where, Action<CitizenRequest>? change)
    {
        await using var db = context();
        var picked = Pick((await db.Requests.ToListAsync()).Where(where).ToList());
        foreach (var r in picked)
        {
            if (change is null)
            {
                db.Requests.Remove(r);
            }
            else
            {
                change(r);
            }
        }

        await db.SaveChangesAsync();
    }

    private async Task SuggestionsAsync(Action<Triage.TriageSuggestion> change, bool sync)
    {
        await using var db = context();
        Pick(await db.TriageSuggestions.ToListAsync()).ForEach(change);
        if (sync)
        {
            db.SaveChanges();
        }
        else
        {
            await db.SaveChangesAsync();
        }
    }

    private async Task SuggestionsReplacedAsync()
    {
        await using var db = context();
        db.TriageSuggestions.RemoveRange(Pick(await db.TriageSuggestions.ToListAsync()));
        var requests = await db.Requests.AsNoTracking().Select(r => new { r.Id, r.ReceivedAt }).ToListAsync();
        db.TriageSuggestions.AddRange(Pick(requests).Select(r => data.Suggestion(r.Id, r.ReceivedAt)));
        await db.SaveChangesAsync();
    }

    private async Task NewAsync(Func<DateTime> received)
    {
        await using var db = context();
        await data.AddRequestsAsync(db, Few, received);
    }

    private List<T> Pick<T>(List<T> items) => items.OrderBy(_ => random.Next()).Take(Few).ToList();
}
