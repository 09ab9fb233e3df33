namespace Dasan.Core.Radar;

/// <summary>What a staff member decided about a detected issue.</summary>
public enum RadarDecisionKind
{
    Confirmed,
    Dismissed,
    Assigned,
}
