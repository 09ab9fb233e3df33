using System.Globalization;
using System.Security.Claims;
using Dasan.Core.Access;
using Dasan.Core.Staff;

namespace Dasan.Web.Auth;

/// <summary>Turns an authenticated principal into the <see cref="Actor"/> the services check scope against.</summary>
public static class PrincipalActor
{
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var role = Enum.TryParse<StaffRole>(user.FindFirstValue(DasanClaims.Role), out var r) ? r : (StaffRole?)null;
        if (role is null)
        {
            throw new AccessDeniedException("로그인이 필요합니다. (Authentication required.)");
        }

        var kind = user.HasClaim(c => c.Type == DasanClaims.ApiKeyId) ? ActorKind.Integration : ActorKind.Human;
        return new Actor(kind, user.Identity?.Name ?? "unknown", role,
            ParseId(user.FindFirstValue(DasanClaims.UserId)), ParseId(user.FindFirstValue(DasanClaims.Department)), ParseId(user.FindFirstValue(DasanClaims.ApiKeyId)));
    }

    public static List<Claim> Claims(string name, StaffRole role, long? departmentId, string idClaim, long id) =>
    [
        new(ClaimTypes.Name, name),
        new(DasanClaims.Role, role.ToString()),
        new(idClaim, id.ToString(CultureInfo.InvariantCulture)),
        .. departmentId is { } d ? [new Claim(DasanClaims.Department, d.ToString(CultureInfo.InvariantCulture))] : Array.Empty<Claim>(),
    ];

    private static long? ParseId(string? value) => long.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;
}
