using System.Globalization;
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
/// A challenge for staff: approval (control tower), evaluators, the ranking and the decision (owners), and starting
/// pilots from accepted proposals. Evaluators see the challenge and their evaluation link, not the ranking.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ManageModel(DasanDbContext db, ChallengeService challenges, EvaluationService evaluation, DecisionService decisions, PilotService pilots) : PageModel
{
    public Challenge? Item { get; private set; }
    public ChallengeDetails Details { get; private set; } = new([], [], []);
    public ChallengeAccess? Access { get; private set; }
    public bool IsEvaluator { get; private set; }
    public IReadOnlyList<RankedProposal> Ranking { get; private set; } = [];
    public IReadOnlyList<(string Login, string Name, bool Declared, int Submitted)> Evaluators { get; private set; } = [];
    public IReadOnlyList<Pilot> Pilots { get; private set; } = [];
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public int Saved { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Login { get; set; }
    [BindProperty] public List<long> Accepted { get; set; } = [];
    [BindProperty] public long ProposalId { get; set; }
    [BindProperty] public string? StartsOn { get; set; }
    [BindProperty] public string? IpTerms { get; set; }
    [BindProperty] public string? DataAccess { get; set; }
    [BindProperty] public string? PiaReference { get; set; }

    public bool SeesRanking => Access is { } a && Item is { } c && (a.ReadsAll || a.Owns(c));

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(string code, CancellationToken ct) => ActAsync(code, c => challenges.SubmitAsync(Access!, c, ct), ct);
    public Task<IActionResult> OnPostApproveAsync(string code, CancellationToken ct) => ActAsync(code, c => challenges.DecideAsync(Access!, c, true, Comment, ct), ct);
    public Task<IActionResult> OnPostReturnAsync(string code, CancellationToken ct) => ActAsync(code, c => challenges.DecideAsync(Access!, c, false, Comment, ct), ct);
    public Task<IActionResult> OnPostAssignAsync(string code, CancellationToken ct) => ActAsync(code, c => evaluation.AssignAsync(Access!, c, (Login ?? "").Trim(), ct), ct);
    public Task<IActionResult> OnPostDecideAsync(string code, CancellationToken ct) => ActAsync(code, c => decisions.DecideAsync(Access!, c, Accepted, Comment, ct), ct);

    public Task<IActionResult> OnPostPilotAsync(string code, CancellationToken ct) => ActAsync(code, async c =>
    {
        var p = await db.Proposals.FirstOrDefaultAsync(x => x.Id == ProposalId && x.ChallengeId == c.Id, ct)
            ?? throw RequestValidationException.For("proposal", "제안서를 고르세요. (Choose a proposal.)");
        if (!DateOnly.TryParseExact(StartsOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var starts))
        {
            throw RequestValidationException.For("startsOn", "실증 시작일을 적어 주세요. (Start date.)");
        }

        var pilot = await pilots.StartAsync(Access!, c, p, new PilotTerms(starts, IpTerms, DataAccess, PiaReference), ct);
        Response.Headers.Location = $"/programme/pilots/{pilot.Code}?saved=1";
    }, ct);

    private async Task<IActionResult> ActAsync(string code, Func<Challenge, Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        try
        {
            await action(Item!);
            return Redirect(Response.Headers.Location.FirstOrDefault() ?? $"/programme/challenges/{code}?saved=1");
        }
        catch (RequestValidationException e)
        {
            Error = string.Join(" ", e.Errors.SelectMany(x => x.Value).Select(x => Text.Bilingual.Pick(x)));
        }
        catch (Exception e) when (e is AccessDeniedException or RequestRuleException)
        {
            Error = Text.Bilingual.Pick(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Error = "다른 사람이 먼저 바꿨습니다. 새로 고친 뒤 다시 해 주세요.";
        }

        db.ChangeTracker.Clear();
        await LoadAsync(code, ct);
        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        Access = await ChallengeAccess.ForAsync(db, User.ToActor(), ct);
        Item = await db.Challenges.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (Item is null)
        {
            return false;
        }

        IsEvaluator = await evaluation.AssignmentAsync(Access.Actor, Item.Id, ct) is not null;
        if (!Access.CanRead(Item) && !IsEvaluator)
        {
            return false;
        }

        Details = ChallengeDetails.Parse(Item.DetailsJson);
        if (SeesRanking)
        {
            Ranking = await evaluation.RankingAsync(Item.Id, ct);
            var sheets = await db.Evaluations.AsNoTracking().Where(e => e.ChallengeId == Item.Id && e.SubmittedAt != null).GroupBy(e => e.StaffUserId)
                .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.N, ct);
            Evaluators = (await db.EvaluatorAssignments.AsNoTracking().Where(a => a.ChallengeId == Item.Id)
                    .Join(db.StaffUsers, a => a.StaffUserId, u => u.Id, (a, u) => new { u.Id, u.Login, u.DisplayName, a.DeclaredAt }).ToListAsync(ct))
                .Select(x => (x.Login, x.DisplayName, x.DeclaredAt is not null, sheets.GetValueOrDefault(x.Id))).ToList();
            Pilots = await db.Pilots.AsNoTracking().Where(p => p.ChallengeId == Item.Id).ToListAsync(ct);
        }

        return true;
    }
}
