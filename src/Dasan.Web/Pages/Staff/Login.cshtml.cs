using Dasan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages.Staff;

/// <summary>Staff login with the account's password.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class LoginModel(StaffSignIn signIn) : PageModel
{
    [BindProperty] public string? Login { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Login) || string.IsNullOrEmpty(Password) || Login.Length > 100 || Password.Length > 200
            || !await signIn.SignInAsync(HttpContext, Login.Trim(), Password, ct))
        {
            Failed = true;
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff");
    }
}
