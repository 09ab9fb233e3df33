using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages.Startup;

/// <summary>Start-up registration: organisation, representative, contact, business number (format and check digit), login.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class RegisterModel(ProposalService proposals, DasanDbContext db) : PageModel
{
    [BindProperty] public StartupRegistration Input { get; set; } = new(null, null, null, null, null, null, null, null);
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await proposals.RegisterAsync(Input, ct);
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
            Response.StatusCode = 400;
            return Page();
        }

        await StartupAuth.SignInAsync(HttpContext, db, Input.Login, Input.Password);
        return LocalRedirect(Text.LocalUrl.IsLocal(ReturnUrl) ? ReturnUrl! : "/startup?registered=1");
    }
}
