namespace Dasan.Core.Radar;

/// <summary>How long a briefing looks back: one day or seven.</summary>
public enum BriefingPeriod
{
    Daily,
    Weekly,
}
