using Dasan.Core.Access;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>Reads of requests, always filtered to what the actor may see.</summary>
public sealed class RequestQueries(DasanDbContext db, TimeProvider clock)
{
    public async Task<QueuePage> QueueAsync(Actor actor, QueueFilter filter, CancellationToken ct)
    {
        var query = Visible(actor).AsNoTracking().Include(r => r.Department).AsQueryable();
        if (filter.DepartmentId is { } dept)
        {
            query = query.Where(r => r.DepartmentId == dept);
        }

        if (string.IsNullOrEmpty(filter.Status) || filter.Status == "open")
        {
            query = query.Where(RequestLifecycle.OpenRequest);
        }
        else if (filter.Status != "all")
        {
            if (!StatusNames.TryParse(filter.Status, out RequestStatus status))
            {
                throw RequestValidationException.For("status", $"Unknown status '{filter.Status}'.");
            }

            query = query.Where(r => r.Status == status);
        }

        if (!string.IsNullOrEmpty(filter.Type))
        {
            if (!StatusNames.TryParse(filter.Type, out RequestType type))
            {
                throw RequestValidationException.For("type", $"Unknown type '{filter.Type}'.");
            }

            query = query.Where(r => r.Type == type);
        }

        if (filter.OverdueOnly)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            query = query.Where(RequestLifecycle.OpenRequest).Where(r => r.DueAt < now);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            query = query.Where(r => r.Title.Contains(term) || r.TrackingNumber == term);
        }

        query = filter.Sort switch
        {
            "received" => query.OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id),
            "updated" => query.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id),
            _ => query.OrderBy(r => r.DueAt).ThenBy(r => r.Id),
        };
        var size = Math.Clamp(filter.PageSize, 1, 200);
        var page = Math.Max(1, filter.Page);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new QueuePage(items, total, page, size);
    }

    /// <summary>A request with its history, or <see cref="RequestNotFoundException"/> if the actor may not see it.</summary>
    public async Task<CitizenRequest> DetailAsync(Actor actor, long id, CancellationToken ct) =>
        await Visible(actor).AsNoTracking().Include(r => r.Department).Include(r => r.Events.OrderBy(e => e.At).ThenBy(e => e.Id))
            .FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new RequestNotFoundException(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task<CitizenRequest> DetailByTrackingAsync(Actor actor, string trackingNumber, CancellationToken ct) =>
        await Visible(actor).AsNoTracking().Include(r => r.Department).Include(r => r.Events.OrderBy(e => e.At).ThenBy(e => e.Id))
            .FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber, ct)
        ?? throw new RequestNotFoundException(trackingNumber);

    /// <summary>For the citizen's status page: only with the right secret, only public events.</summary>
    public async Task<CitizenRequest?> PublicStatusAsync(string trackingNumber, string? secret, StatusLinkSigner links, CancellationToken ct)
    {
        if (!links.Verify(trackingNumber, secret))
        {
            return null;
        }

        return await db.Requests.AsNoTracking().Include(r => r.Department)
            .Include(r => r.Events.Where(e => e.Public).OrderBy(e => e.At).ThenBy(e => e.Id))
            .FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber, ct);
    }

    /// <summary>A request acknowledged before triage and still waiting in the intake journal (ADR 0328), or null.</summary>
    public Task<JournaledRequest?> QueuedAsync(string trackingNumber, CancellationToken ct) =>
        db.IntakeJournal.AsNoTracking().FirstOrDefaultAsync(j => j.TrackingNumber == trackingNumber, ct);

    private IQueryable<CitizenRequest> Visible(Actor actor) =>
        actor.IsCityWide ? db.Requests : db.Requests.Where(r => actor.DepartmentId != null && r.DepartmentId == actor.DepartmentId);
}
