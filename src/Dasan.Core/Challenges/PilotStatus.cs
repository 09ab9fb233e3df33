namespace Dasan.Core.Challenges;

/// <summary>Running, finished (certificate issued) or stopped at a gate.</summary>
public enum PilotStatus
{
    Running,
    Finished,
    Stopped,
}
