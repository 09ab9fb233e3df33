using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Auth;

/// <summary>
/// Checks a staff login and issues the session cookie; failed and successful logins are audited (issue 15):
/// an unknown login costs the same password check as a known one, so timing does not tell which logins exist; a
/// typed name that is no account is never stored (it may hold a password or a 주민번호), only a short fingerprint;
/// consecutive failures lock the account (<see cref="LoginThrottle"/>).
/// </summary>
public sealed class StaffSignIn(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string StampClaim = "dasan:stamp";

    /// <summary>A valid hash of a random password, so an unknown login still pays for one verification.</summary>
    private static readonly Lazy<string> DummyHash = new(() => PasswordHasher.Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public async Task<bool> SignInAsync(HttpContext http, string login, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Login == login && u.Active, ct);
        if (user is null)
        {
            PasswordHasher.Verify(password, DummyHash.Value);
            var unknown = "미등록:" + Fingerprint(login);
            audit.Record(new Actor(ActorKind.Human, unknown), "staff.login_failed", "staff", unknown);
            await db.SaveChangesAsync(ct);
            return false;
        }

        var locked = user.LockedUntil is { } until && until > now;
        var verified = PasswordHasher.Verify(password, user.PasswordHash);
        if (locked || !verified)
        {
            if (!locked)
            {
                user.FailedLogins++;
                if (LoginThrottle.LockAfter(user.FailedLogins) is { } span)
                {
                    user.LockedUntil = now + span;
                }
            }

            audit.Record(new Actor(ActorKind.Human, user.Login, user.Role, user.Id, user.DepartmentId), locked ? "staff.login_locked" : "staff.login_failed", "staff", user.Login,
                null, new { failures = user.FailedLogins, lockedUntil = user.LockedUntil });
            await db.SaveChangesAsync(ct);
            return false;
        }

        user.LastLoginAt = now;
        user.FailedLogins = 0;
        user.LockedUntil = null;
        if (user.SecurityStamp.Length == 0)
        {
            user.SecurityStamp = NewStamp();
        }

        audit.Record(new Actor(ActorKind.Human, user.Login, user.Role, user.Id, user.DepartmentId), "staff.login", "staff", user.Login);
        await db.SaveChangesAsync(ct);
        var claims = PrincipalActor.Claims(user.Login, user.Role, user.DepartmentId, DasanClaims.UserId, user.Id);
        claims.Add(new Claim("dasan:display", user.DisplayName));
        claims.Add(new Claim(StampClaim, user.SecurityStamp));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        return true;
    }

    /// <summary>Ends every session of the signed-in user on the server (the stamp moves), then drops the cookie.</summary>
    public async Task SignOutAsync(HttpContext http, CancellationToken ct)
    {
        if (http.User.FindFirst(DasanClaims.UserId)?.Value is { } id && long.TryParse(id, out var userId)
            && await db.StaffUsers.FirstOrDefaultAsync(u => u.Id == userId, ct) is { } user)
        {
            user.SecurityStamp = NewStamp();
            audit.Record(new Actor(ActorKind.Human, user.Login, user.Role, user.Id, user.DepartmentId), "staff.logout", "staff", user.Login);
            await db.SaveChangesAsync(ct);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    public static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>First 8 hex digits of SHA-256 of the typed name: lets an auditor group attempts without reading them.</summary>
    private static string Fingerprint(string typed) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(typed)))[..8];
}
