namespace Dasan.Core.Dashboards.Rollup;

/// <summary>The period one <see cref="DashboardRollup"/> row counts.</summary>
public enum RollupGrain
{
    Day = 0,
    Month = 1,
}
