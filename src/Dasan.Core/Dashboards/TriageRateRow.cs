namespace Dasan.Core.Dashboards;

/// <summary>
/// The AI triage's record for one domain (or 전체): suggestions made, how many it assigned automatically,
/// and how many of those staff later sent elsewhere (the override rate is of automatic assignments).
/// </summary>
public sealed record TriageRateRow(string? Domain, string Label, string LabelEn, int Suggestions, int AutoAssigned, int Overridden, int AutoOverridden)
{
    public double? AutoRate => Suggestions == 0 ? null : (double)AutoAssigned / Suggestions;

    public double? OverrideRate => AutoAssigned == 0 ? null : (double)AutoOverridden / AutoAssigned;
}
