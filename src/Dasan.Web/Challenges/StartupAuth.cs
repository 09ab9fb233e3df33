using System.Globalization;
using System.Security.Claims;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Challenges;

/// <summary>
/// Start-up sign-in: its own cookie scheme and claims, so a start-up's session never satisfies a staff policy (ADR 0321).
/// The cookie carries the account's stamp; logging out moves it.
/// </summary>
public static class StartupAuth
{
    public const string Scheme = "Startup";
    public const string Policy = "startup";
    public const string IdClaim = "dasan:startup";
    public const string StampClaim = "dasan:startup-stamp";

    public static void AddCookie(AuthenticationBuilder builder) =>
        builder.AddCookie(Scheme, o =>
        {
            o.LoginPath = "/startup/login";
            o.AccessDeniedPath = "/startup/login";
            o.Cookie.Name = "dasan.startup";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnValidatePrincipal = ValidateAsync;
        });

    public static async Task<Startup?> SignInAsync(HttpContext http, DasanDbContext db, string? login, string? password)
    {
        var s = await db.Startups.FirstOrDefaultAsync(x => x.Login == (login ?? "").Trim(), http.RequestAborted);
        if (s is null || string.IsNullOrEmpty(password) || !PasswordHasher.Verify(password, s.PasswordHash))
        {
            return null;
        }

        Claim[] claims = [new(ClaimTypes.Name, "startup:" + s.Login), new(IdClaim, s.Id.ToString(CultureInfo.InvariantCulture)), new(StampClaim, s.SecurityStamp)];
        await http.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme)));
        return s;
    }

    public static async Task SignOutAsync(HttpContext http, DasanDbContext db)
    {
        if (await CurrentAsync(http, db) is { } s)
        {
            s.SecurityStamp = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
            http.RequestServices.GetRequiredService<Core.Audit.AuditTrail>().Record(ProposalService.ActorOf(s), "startup.logout", "startup", s.Login);
            await db.SaveChangesAsync(http.RequestAborted);
        }

        await http.SignOutAsync(Scheme);
    }

    /// <summary>The signed-in start-up of this request (after the policy authenticated it), or null.</summary>
    public static async Task<Startup?> CurrentAsync(HttpContext http, DasanDbContext db)
    {
        var result = await http.AuthenticateAsync(Scheme);
        return result.Principal?.FindFirst(IdClaim)?.Value is { } v && long.TryParse(v, CultureInfo.InvariantCulture, out var id)
            ? await db.Startups.FirstOrDefaultAsync(s => s.Id == id, http.RequestAborted)
            : null;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirst(IdClaim)?.Value is { } v && long.TryParse(v, CultureInfo.InvariantCulture, out var id) && principal.FindFirst(StampClaim)?.Value is { Length: > 0 } stamp)
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<DasanDbContext>();
            if (await db.Startups.AsNoTracking().Where(s => s.Id == id).Select(s => s.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted) == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Scheme);
    }
}
