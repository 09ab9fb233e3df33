namespace Dasan.Core.Radar;

/// <summary>Where an issue is in its life: first firing, still firing after the previous window, or falling back.</summary>
public enum IssueState
{
    New,
    Continuing,
    Fading,
}
