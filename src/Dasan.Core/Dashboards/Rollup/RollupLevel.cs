namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// Which keys a <see cref="DashboardRollup"/> row keeps. A query reads the single-key level when it neither
/// filters nor groups by anything else (the city-wide case: a few rows per day), otherwise the full level.
/// </summary>
public enum RollupLevel
{
    /// <summary>Domain, department and district.</summary>
    Full = 0,
    Domain = 1,
    Department = 2,
    District = 3,
}
