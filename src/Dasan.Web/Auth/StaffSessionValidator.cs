using Dasan.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Auth;

/// <summary>
/// Checks every staff cookie against its account (issue 15): the account must still be active and carry the stamp
/// the cookie was issued with. Logging out moves the stamp, so a copied cookie stops working at once on every node.
/// </summary>
public static class StaffSessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stamp = principal?.FindFirst(StaffSignIn.StampClaim)?.Value;
        if (principal?.FindFirst(DasanClaims.UserId)?.Value is { } id && long.TryParse(id, out var userId) && stamp is { Length: > 0 })
        {
            var db = context.HttpContext.RequestServices.GetRequiredService<DasanDbContext>();
            var current = await db.StaffUsers.AsNoTracking().Where(u => u.Id == userId && u.Active).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
            if (current == stamp)
            {
                return;
            }
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
