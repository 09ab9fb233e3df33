namespace Dasan.Web.Auth;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>Supervisors and admins: pages that show every department (radar, briefings, leadership report).</summary>
    public const string CityWide = "citywide";
    public const string Api = "api";
}
