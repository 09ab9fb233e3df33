namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// A KPI of Dasan's own AI computed from the platform's records. <see cref="Unavailable"/> says why there is no value
/// (the feature does not exist yet, or has no records) — never a zero standing in for "unknown".
/// </summary>
public sealed record LiveKpi(string Key, double? Baseline, double? Actual, int Sample, string? Unavailable = null)
{
    public static LiveKpi Missing(string key, string why) => new(key, null, null, 0, why);
}
