using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;

namespace Dasan.Web.Hosting;

/// <summary>Small endpoints of the page app: language switch and logout.</summary>
public static class SessionEndpoints
{
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string? c, string? returnUrl, HttpContext http) =>
        {
            var culture = c == "en" ? "en" : "ko";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = null, IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(Text.LocalUrl.OrHome(returnUrl));
        });

    public static void MapStaffSession(this IEndpointRouteBuilder app) =>
        app.MapPost("/staff/logout", async (HttpContext http, Auth.StaffSignIn signIn, CancellationToken ct) =>
        {
            await signIn.SignOutAsync(http, ct);
            return Results.LocalRedirect("/staff/login");
        });
}
