namespace Dasan.Web.Auth;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";
    public const string Api = "api";
}
