using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme.Challenges;

/// <summary>
/// An evaluator's page: the conflict-of-interest declaration first (only applicant names are shown before it), then the
/// proposals they may score; the other evaluators' sheets for a proposal appear only after their own is submitted.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EvaluateModel(DasanDbContext db, EvaluationService evaluation) : PageModel
{
    public Challenge? Item { get; private set; }
    public IReadOnlyList<ChallengeCriterion> Criteria { get; private set; } = [];
    public EvaluatorAssignment? Assignment { get; private set; }
    public IReadOnlyList<Core.Challenges.Startup> Applicants { get; private set; } = [];
    public IReadOnlyList<Proposal> Proposals { get; private set; } = [];
    public IReadOnlyDictionary<long, Evaluation> Mine { get; private set; } = new Dictionary<long, Evaluation>();
    public IReadOnlyDictionary<long, IReadOnlyList<Evaluation>> Others { get; private set; } = new Dictionary<long, IReadOnlyList<Evaluation>>();
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public int Saved { get; set; }
    [BindProperty] public List<long> Conflicts { get; set; } = [];
    [BindProperty] public string? ConflictNote { get; set; }
    [BindProperty] public long ProposalId { get; set; }
    [BindProperty] public List<int> Score { get; set; } = [];
    [BindProperty] public List<string?> Comment { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostDeclareAsync(string code, CancellationToken ct) =>
        ActAsync(code, () => evaluation.DeclareAsync(User.ToActor(), Item!, Conflicts.Where(id => Applicants.Any(s => s.Id == id)).ToList(), ConflictNote, ct), ct);

    public Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct) => ScoreAsync(code, false, ct);

    public Task<IActionResult> OnPostSubmitAsync(string code, CancellationToken ct) => ScoreAsync(code, true, ct);

    private Task<IActionResult> ScoreAsync(string code, bool submit, CancellationToken ct) => ActAsync(code, async () =>
    {
        var p = await db.Proposals.FirstOrDefaultAsync(x => x.Id == ProposalId && x.ChallengeId == Item!.Id, ct)
            ?? throw RequestValidationException.For("proposal", "제안서를 찾을 수 없습니다. (No such proposal.)");
        var scores = Criteria.Select((_, i) => new CriterionScore(i < Score.Count ? Score[i] : -1, i < Comment.Count ? Comment[i] ?? "" : "")).ToList();
        await evaluation.ScoreAsync(User.ToActor(), Item!, p, scores, submit, ct);
    }, ct);

    private async Task<IActionResult> ActAsync(string code, Func<Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        try
        {
            await action();
            return Redirect($"/programme/challenges/{code}/evaluate?saved=1");
        }
        catch (RequestValidationException e)
        {
            Error = string.Join(" ", e.Errors.SelectMany(x => x.Value).Select(x => Text.Bilingual.Pick(x)));
        }
        catch (Exception e) when (e is AccessDeniedException or RequestRuleException)
        {
            Error = Text.Bilingual.Pick(e.Message);
        }
        catch (DbUpdateException)
        {
            Error = "같은 평가를 다른 화면에서 먼저 저장했습니다. 새로 고친 뒤 다시 해 주세요.";
        }

        db.ChangeTracker.Clear();
        await LoadAsync(code, ct);
        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Item = await db.Challenges.FirstOrDefaultAsync(c => c.Code == code, ct);
        Assignment = Item is null ? null : await evaluation.AssignmentAsync(User.ToActor(), Item.Id, ct);
        if (Item is null || Assignment is null)
        {
            return false;
        }

        Criteria = ChallengeDetails.Parse(Item.DetailsJson).Criteria;
        var all = await db.Proposals.AsNoTracking().Include(p => p.Startup).Include(p => p.Attachments.OrderBy(a => a.Id))
            .Where(p => p.ChallengeId == Item.Id).OrderBy(p => p.Number).ToListAsync(ct);
        Applicants = all.Select(p => p.Startup!).DistinctBy(s => s.Id).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (Assignment.DeclaredAt is null)
        {
            return true;
        }

        var conflicts = Assignment.Conflicts();
        Proposals = all.Where(p => !conflicts.Contains(p.StartupId)).ToList();
        var sheets = await db.Evaluations.AsNoTracking().Where(e => e.ChallengeId == Item.Id).ToListAsync(ct);
        Mine = sheets.Where(e => e.StaffUserId == Assignment.StaffUserId).ToDictionary(e => e.ProposalId);
        Others = Proposals.ToDictionary(p => p.Id, p => (IReadOnlyList<Evaluation>)(Mine.TryGetValue(p.Id, out var m) && m.SubmittedAt is not null
            ? sheets.Where(e => e.ProposalId == p.Id && e.StaffUserId != Assignment.StaffUserId && e.SubmittedAt != null).ToList()
            : []));
        return true;
    }
}
