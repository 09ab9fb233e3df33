namespace Dasan.Web.Auth;

/// <summary>Claim types Dasan puts on staff and API-key principals.</summary>
public static class DasanClaims
{
    public const string Role = "dasan:role";
    public const string Department = "dasan:department";
    public const string UserId = "dasan:user";
    public const string ApiKeyId = "dasan:apikey";
}
