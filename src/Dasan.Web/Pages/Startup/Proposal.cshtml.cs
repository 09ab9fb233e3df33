using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Startup;

/// <summary>
/// A start-up's proposal: confirmation number and signed status link, editing and attachments until the challenge
/// closes, then the decision letter and the pilot. Another start-up's number answers 404.
/// </summary>
[Authorize(Policy = StartupAuth.Policy)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class ProposalModel(DasanDbContext db, ProposalService proposals, StatusLinkSigner links) : PageModel
{
    public Proposal? Item { get; private set; }
    public Pilot? Pilot { get; private set; }
    public bool Editable { get; private set; }
    public string StatusLink { get; private set; } = "";
    [BindProperty] public ProposalInput Input { get; set; } = new(null, null, null, 0, 0, 0);
    [BindProperty(SupportsGet = true)] public int New { get; set; }
    [BindProperty(SupportsGet = true)] public int Saved { get; set; }
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Rule { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) => await LoadAsync(number, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(string number, CancellationToken ct) =>
        ActAsync(number, (me, p) => proposals.UpdateAsync(me, p, p.Challenge!, Input, ct), ct);

    public Task<IActionResult> OnPostAttachAsync(string number, IFormFile? file, CancellationToken ct) =>
        ActAsync(number, async (me, p) =>
        {
            if (file is null)
            {
                throw RequestValidationException.For("file", "올릴 파일을 고르세요. (Choose a file.)");
            }

            using var buffer = new MemoryStream();
            await file.OpenReadStream().CopyToAsync(buffer, ct);
            await proposals.AttachAsync(me, p, p.Challenge!, file.FileName, buffer.ToArray(), ct);
        }, ct);

    public Task<IActionResult> OnPostDetachAsync(string number, long attachment, CancellationToken ct) =>
        ActAsync(number, (me, p) => proposals.DetachAsync(me, p, p.Challenge!, attachment, ct), ct);

    private async Task<IActionResult> ActAsync(string number, Func<Core.Challenges.Startup, Proposal, Task> action, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct))
        {
            return NotFound();
        }

        try
        {
            await action((await StartupAuth.CurrentAsync(HttpContext, db))!, Item!);
            return Redirect($"/startup/proposals/{number}?saved=1");
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
        }
        catch (Exception e) when (e is RequestRuleException or AccessDeniedException or DbUpdateConcurrencyException)
        {
            Rule = e is DbUpdateConcurrencyException ? "다른 화면에서 먼저 고쳤습니다. 새로 고친 뒤 다시 저장해 주세요." : Text.Bilingual.Pick(e.Message);
        }

        Response.StatusCode = 400;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var me = await StartupAuth.CurrentAsync(HttpContext, db);
        Item = me is null ? null : await db.Proposals.Include(p => p.Challenge).Include(p => p.Attachments)
            .FirstOrDefaultAsync(p => p.Number == number && p.StartupId == me.Id, ct);
        if (Item is null)
        {
            return false;
        }

        Editable = proposals.IsOpen(Item.Challenge!);
        if (Input.Title is null)
        {
            // GET, or a file post that failed: the edit form shows what is stored, not empty fields.
            Input = new ProposalInput(Item.Title, Item.Summary, Item.Approach, Item.Trl, Item.PriceKrw, Item.Months);
        }

        Pilot = await db.Pilots.AsNoTracking().FirstOrDefaultAsync(x => x.ProposalId == Item.Id, ct);
        StatusLink = $"{Request.Scheme}://{Request.Host}/challenges/status/{Item.Number}?k={links.Secret(Item.Number)}";
        return true;
    }
}
