namespace Dasan.Web.Dashboards;

/// <summary>Settings of the dashboards. Bound from <c>Dasan:Dashboards</c>.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dasan:Dashboards";

    /// <summary>
    /// Seconds between background refreshes of the dashboard roll-up (default 60; 0 turns them off). The dashboard
    /// queries refresh it themselves before reading, so this only takes the recounting of changed days off the page
    /// load; the numbers are exact either way (ADR 0313).
    /// </summary>
    public int RollupRefreshSeconds { get; set; } = 60;
}
