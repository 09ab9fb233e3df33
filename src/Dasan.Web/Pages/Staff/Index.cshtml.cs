using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Staff;

/// <summary>The department queue: the staff member's department (city-wide for supervisors), soonest due first.</summary>
public sealed class QueueModel(RequestQueries queries, DasanDbContext db, Dasan.Core.Audit.AuditTrail audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(string Code, string Label)> Statuses { get; } =
    [
        ("open", "처리 대기 전체"), ("received", "접수"), ("assigned", "부서 배정"), ("transferred", "이송"), ("in_progress", "처리 중"),
        ("answered", "답변 완료"), ("closed", "종결"), ("all", "전체"),
    ];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; } = "open";
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; } = "due";
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public QueuePage? Result { get; private set; }
    public DateTime Now { get; private set; }
    public string Scope { get; private set; } = "";
    public IReadOnlyList<Dasan.Core.Triage.Notification> Alerts { get; private set; } = [];

    /// <summary>Marks a notification of the actor's department as read (audited).</summary>
    public async Task<IActionResult> OnPostReadAsync(long notificationId, CancellationToken ct)
    {
        var actor = User.ToActor();
        var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == notificationId && (actor.IsCityWide || x.DepartmentId == actor.DepartmentId), ct);
        if (n is not null && n.ReadAt is null)
        {
            n.ReadAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor, "notification.read", "notification", n.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
        }

        return LocalRedirect("/staff");
    }

    /// <summary>How many pages the filtered queue has.</summary>
    public int Pages => Result is { } r ? Math.Max(1, (r.Total + r.PageSize - 1) / r.PageSize) : 1;

    /// <summary>The page numbers the pager shows: the first, the last and two either side of the current one (0 marks a gap).</summary>
    public IReadOnlyList<int> PagerNumbers()
    {
        var current = Result?.Page ?? 1;
        var shown = Enumerable.Range(1, Pages).Where(i => i == 1 || i == Pages || Math.Abs(i - current) <= 2).ToList();
        var withGaps = new List<int>();
        foreach (var i in shown)
        {
            if (withGaps.Count > 0 && i - withGaps[^1] > 1)
            {
                withGaps.Add(0);
            }

            withGaps.Add(i);
        }

        return withGaps;
    }

    /// <summary>The queue's address with the same filters, on <paramref name="page"/>.</summary>
    public string PageLink(int page) =>
        "/staff" + QueryString.Create(new Dictionary<string, string?>
        {
            ["status"] = Status, ["type"] = Type, ["q"] = Q, ["sort"] = Sort, ["overdue"] = Overdue ? "true" : null,
            ["p"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public string Local(DateTime utc) => utc.AddHours(9).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        Alerts = await db.Notifications.AsNoTracking().Include(n => n.Request)
            .Where(n => n.ReadAt == null && (actor.IsCityWide || n.DepartmentId == actor.DepartmentId))
            .OrderByDescending(n => n.At).Take(20).ToListAsync(ct);
        Now = clock.GetUtcNow().UtcDateTime;
        Scope = actor.DepartmentId is { } d && !actor.IsCityWide ? (await db.Departments.FindAsync([d], ct))?.Name ?? "" : "서울시 전체";
        Result = await queries.QueueAsync(actor, new QueueFilter
        {
            Status = Status, Type = string.IsNullOrEmpty(Type) ? null : Type, Search = Q, Sort = Sort, OverdueOnly = Overdue, Page = PageNumber,
        }, ct);
    }
}
