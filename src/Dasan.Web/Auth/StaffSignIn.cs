using System.Security.Claims;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Auth;

/// <summary>Checks a staff login and issues the session cookie; failed and successful logins are audited.</summary>
public sealed class StaffSignIn(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<bool> SignInAsync(HttpContext http, string login, string password, CancellationToken ct)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Login == login && u.Active, ct);
        if (user is null || !PasswordHasher.Verify(password, user.PasswordHash))
        {
            audit.Record(new Actor(ActorKind.Human, login.Length > 60 ? login[..60] : login), "staff.login_failed", "staff", login.Length > 60 ? login[..60] : login);
            await db.SaveChangesAsync(ct);
            return false;
        }

        user.LastLoginAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(new Actor(ActorKind.Human, user.Login, user.Role, user.Id, user.DepartmentId), "staff.login", "staff", user.Login);
        await db.SaveChangesAsync(ct);
        var claims = PrincipalActor.Claims(user.Login, user.Role, user.DepartmentId, DasanClaims.UserId, user.Id);
        claims.Add(new Claim("dasan:display", user.DisplayName));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
        return true;
    }
}
