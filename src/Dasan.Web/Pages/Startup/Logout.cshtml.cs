using Dasan.Core.Data;
using Dasan.Web.Challenges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Startup;

/// <summary>
/// Start-up sign-out. Authorized by the start-up policy so the request's user is the start-up principal the form's
/// antiforgery token was issued for; moves the account's stamp, so the old cookie is dead on every node.
/// </summary>
[Authorize(Policy = StartupAuth.Policy)]
public sealed class LogoutModel(DasanDbContext db) : PageModel
{
    public IActionResult OnGet() => Redirect("/startup");

    public async Task<IActionResult> OnPostAsync()
    {
        await StartupAuth.SignOutAsync(HttpContext, db);
        return LocalRedirect("/challenges");
    }
}
