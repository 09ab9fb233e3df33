using Dasan.Core.Dashboards;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dasan.Web.Dashboards;

/// <summary>Services of the dashboards: district location at intake, the aggregate queries, and the staff-or-key scheme.</summary>
public static class DashboardRegistration
{
    /// <summary>Authenticates an API key when one is sent, else the staff cookie when present, else asks for a key (401).</summary>
    public const string StaffOrKeyScheme = "StaffOrApiKey";

    public static IServiceCollection AddDasanDashboards(this IServiceCollection services)
    {
        services.AddSingleton(_ => DistrictBoundaries.Shipped);
        services.AddSingleton<IDistrictLocator, SeoulDistrictLocator>();
        services.AddScoped<DistrictBackfill>();
        services.AddScoped<DashboardLabels>();
        services.AddScoped<Dasan.Core.Dashboards.Rollup.RollupRefresher>();
        services.AddScoped<VolumeQueries>();
        services.AddScoped<BacklogQueries>();
        services.AddScoped<TimingQueries>();
        services.AddScoped<TriageRateQueries>();
        services.AddScoped<DashboardReader>();
        services.AddAuthentication().AddPolicyScheme(StaffOrKeyScheme, "Staff cookie or API key", o => o.ForwardDefaultSelector = http =>
            ApiKeyAuthenticationHandler.ReadKey(http.Request) is null && http.Request.Cookies.ContainsKey("dasan.staff")
                ? CookieAuthenticationDefaults.AuthenticationScheme
                : ApiKeyAuthenticationHandler.SchemeName);
        return services;
    }
}
