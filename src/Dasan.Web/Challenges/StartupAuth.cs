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

    /// <summary>Signs in with login and password; failures count on the account and every fifth locks it (<see cref="Auth.LoginThrottle"/>).</summary>
    public static async Task<Startup?> SignInAsync(HttpContext http, DasanDbContext db, string? login, string? password)
    {
        var audit = http.RequestServices.GetRequiredService<Core.Audit.AuditTrail>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var s = await db.Startups.FirstOrDefaultAsync(x => x.Login == (login ?? "").Trim(), http.RequestAborted);
        if (s is null)
        {
            return null;
        }

        var locked = s.LockedUntil is { } until && until > now;
        if (locked || string.IsNullOrEmpty(password) || !PasswordHasher.Verify(password, s.PasswordHash))
        {
            if (!locked)
            {
                s.FailedLogins++;
                s.LockedUntil = Auth.LoginThrottle.LockAfter(s.FailedLogins) is { } span ? now + span : s.LockedUntil;
            }

            audit.Record(ProposalService.ActorOf(s), locked ? "startup.login_locked" : "startup.login_failed", "startup", s.Login, null,
                new { failures = s.FailedLogins, lockedUntil = s.LockedUntil });
            await db.SaveChangesAsync(http.RequestAborted);
            return null;
        }

        s.FailedLogins = 0;
        s.LockedUntil = null;
        audit.Record(ProposalService.ActorOf(s), "startup.login", "startup", s.Login);
        await db.SaveChangesAsync(http.RequestAborted);
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
