namespace Dasan.Core.Dashboards;

/// <summary>What request counts are broken down by.</summary>
public enum DashboardDimension
{
    Domain,
    Department,
    District,
}
