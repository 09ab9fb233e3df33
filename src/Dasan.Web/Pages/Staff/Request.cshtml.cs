using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Staff;

/// <summary>One request with its history and the officer's actions (accept, answer, reassign, close).</summary>
public sealed class RequestModel(
    RequestQueries queries, RequestWorkflow workflow, DasanDbContext db, Dasan.Ai.Assistant.DraftReplyBuilder drafts, TimeProvider clock) : PageModel
{
    [FromRoute] public long Id { get; set; }
    [BindProperty] public string? AnswerText { get; set; }
    [BindProperty] public long? DepartmentId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? DuplicateOf { get; set; }
    [BindProperty] public bool AnswerCluster { get; set; }

    public CitizenRequest? Item { get; private set; }
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public bool CanAct { get; private set; }
    public DateTime Now { get; private set; }
    public string? Message { get; private set; }
    public ProtectedOriginal? Original { get; private set; }
    public TriageView? Triage { get; private set; }
    public bool Drafted { get; private set; }
    public IReadOnlyList<CitizenRequest> Similar { get; private set; } = [];

    /// <summary>Members of the same cluster held by other departments, counted only (their content is not this actor's to read).</summary>
    public int SimilarElsewhere { get; private set; }

    /// <summary>The AI's pick among the departments the request can go to, if any.</summary>
    public Dasan.Core.Departments.Department? Suggested { get; private set; }

    public string UrgencyLabel(string urgency) => urgency switch { "critical" => "긴급", "high" => "높음", _ => "보통" };

    public string Local(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        ActAsync(a => workflow.AcceptAsync(a, Id, ct), "처리를 시작했습니다.", ct);

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken ct) => AnswerCluster
        ? ActAsync(async a =>
        {
            var n = await workflow.AnswerClusterAsync(a, Id, AnswerText, ct);
            Message = $"유사 민원 묶음 {n}건에 같은 답변을 보냈습니다.";
            return await queries.DetailAsync(a, Id, ct);
        }, null, ct)
        : ActAsync(a => workflow.AnswerAsync(a, Id, AnswerText, ct), "답변을 보냈습니다. 시민의 조회 화면에 표시됩니다.", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        ActAsync(a => workflow.CloseAsync(a, Id, ct), "민원을 종결했습니다.", ct);

    public Task<IActionResult> OnPostReassignAsync(CancellationToken ct) =>
        ActAsync(a => workflow.ReassignAsync(a, Id, DepartmentId ?? 0, Reason, ct), "부서를 변경했습니다.", ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        ActAsync(a => workflow.RejectAsync(a, Id, Reason, ct), "민원을 반려했습니다.", ct);

    public Task<IActionResult> OnPostDuplicateAsync(CancellationToken ct) =>
        ActAsync(a => workflow.MarkDuplicateAsync(a, Id, DuplicateOf, ct), "중복 민원으로 표시했습니다.", ct);

    /// <summary>Admins only: shows the protected original and contact details, and audits who looked.</summary>
    public async Task<IActionResult> OnPostOriginalAsync([FromServices] OriginalViewer viewer, CancellationToken ct)
    {
        Original = await viewer.ViewAsync(User.ToActor(), Id, ct);
        return await LoadAsync(ct);
    }

    private async Task<IActionResult> ActAsync(Func<Actor, Task<CitizenRequest>> action, string? done, CancellationToken ct)
    {
        try
        {
            await action(User.ToActor());
            Message ??= done;
            AnswerText = null;
        }
        catch (RequestValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                ModelState.AddModelError(field, string.Join(" ", messages));
            }
        }
        catch (RequestRuleException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "다른 직원이 먼저 이 민원을 변경했습니다. 아래의 최신 내용을 확인한 뒤 다시 처리해 주세요.");
        }

        var page = await LoadAsync(ct);
        return page is NotFoundResult && Message is not null ? LocalRedirect("/staff?moved=1") : page;
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        try
        {
            Item = await queries.DetailAsync(actor, Id, ct);
        }
        catch (RequestNotFoundException)
        {
            return NotFound();
        }

        CanAct = actor.CanAct(Item);
        Triage = await TriageView.LoadAsync(db, Item.Id, ct);
        if (CanAct && Item.Status is RequestStatus.Assigned or RequestStatus.Transferred or RequestStatus.InProgress && string.IsNullOrEmpty(AnswerText))
        {
            AnswerText = await drafts.BuildAsync(Item, ct);
            Drafted = true;
        }

        if (Item.ClusterId is { } cluster)
        {
            // Scope (issue 15): staff see the cluster members of their own department; the others only as a count.
            var members = db.Requests.AsNoTracking().Where(r => r.ClusterId == cluster && r.Id != Item.Id);
            var visible = actor.IsCityWide ? members : members.Where(r => r.DepartmentId == actor.DepartmentId);
            Similar = await visible.Include(r => r.Department).OrderBy(r => r.ReceivedAt).Take(20).ToListAsync(ct);
            SimilarElsewhere = actor.IsCityWide ? 0 : await members.CountAsync(r => r.DepartmentId != actor.DepartmentId, ct);
        }

        Now = clock.GetUtcNow().UtcDateTime;
        Departments = await db.Departments.AsNoTracking().Where(d => d.Active && d.Id != Item.DepartmentId)
            .OrderBy(d => d.Bureau).ThenBy(d => d.Name).ToListAsync(ct);
        // The AI's first choice, when the request is not already there: the list's default, and one click to accept.
        // A lower-ranked candidate is never offered this way (it showed a 1% pick on a request already placed right).
        Suggested = Triage?.Candidates.FirstOrDefault() is { } top ? Departments.FirstOrDefault(d => d.Name == top.Name) : null;
        return Page();
    }
}
