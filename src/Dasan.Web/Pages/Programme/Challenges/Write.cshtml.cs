using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme.Challenges;

/// <summary>
/// Drafting a challenge (new or a draft's edit). A need seen on the radar (<c>?radar=KEY&amp;label=…</c>) or a backlog on
/// the dashboard (<c>?backlog=부서</c>) starts the form with that link kept.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class WriteModel(DasanDbContext db, ChallengeService challenges) : PageModel
{
    [BindProperty] public ChallengeForm Form { get; set; } = new();
    public Challenge? Existing { get; private set; }
    public ChallengeAccess? Access { get; private set; }
    public IReadOnlyList<string> Bureaus { get; private set; } = [];
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Rule { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, string? radar, string? label, string? backlog, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        if (Existing is not null)
        {
            Form = ChallengeForm.From(Existing);
        }
        else if (!string.IsNullOrWhiteSpace(radar))
        {
            Form = new ChallengeForm { SourceKind = ChallengeSources.Radar, SourceRef = Cut(radar, 80), SourceNote = Cut("이슈 레이더: " + label, 300), Title = Cut(label, 120) };
        }
        else if (!string.IsNullOrWhiteSpace(backlog))
        {
            Form = new ChallengeForm { SourceKind = ChallengeSources.Backlog, SourceRef = Cut(backlog, 80), SourceNote = Cut($"대시보드 처리 지연: {backlog} 미처리 민원 증가", 300) };
        }

        var today = challenges.Today;
        Form.OpensOn ??= today.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Form.ClosesOn ??= today.AddDays(56).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        try
        {
            var saved = Existing is null ? await challenges.CreateAsync(Access!, Form.ToDraft(), ct) : await challenges.UpdateAsync(Access!, Existing, Form.ToDraft(), ct);
            return Redirect($"/programme/challenges/{saved.Code}?saved=1");
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
        }
        catch (Exception e) when (e is RequestRuleException or AccessDeniedException or DbUpdateConcurrencyException)
        {
            Rule = e is DbUpdateConcurrencyException ? "다른 사람이 먼저 고쳤습니다. 새로 고친 뒤 다시 저장해 주세요." : Text.Bilingual.Pick(e.Message);
        }

        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken ct)
    {
        Access = await ChallengeAccess.ForAsync(db, User.ToActor(), ct);
        Bureaus = await db.Departments.Select(d => d.Bureau).Distinct().OrderBy(b => b).ToListAsync(ct);
        if (code is null)
        {
            return Access.IsControlTower || Access.Actor.Role == Core.Staff.StaffRole.Staff;
        }

        Existing = await db.Challenges.FirstOrDefaultAsync(c => c.Code == code, ct);
        return Existing is not null && Access.Owns(Existing);
    }

    private static string? Cut(string? s, int max) => s is null ? null : s.Trim() is var t && t.Length > max ? t[..max] : s.Trim();
}
