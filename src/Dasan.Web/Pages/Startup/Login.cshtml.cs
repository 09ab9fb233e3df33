using Dasan.Core.Data;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages.Startup;

/// <summary>Start-up sign-in (its own cookie: never a staff session).</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class LoginModel(DasanDbContext db) : PageModel
{
    [BindProperty] public string? Login { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var s = await StartupAuth.SignInAsync(HttpContext, db, Login, Password);
        if (s is null)
        {
            Failed = true;
            Response.StatusCode = 400;
            return Page();
        }

        return LocalRedirect(Text.LocalUrl.IsLocal(ReturnUrl) ? ReturnUrl! : "/startup");
    }
}
