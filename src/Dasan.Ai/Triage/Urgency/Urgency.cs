namespace Dasan.Ai.Triage.Urgency;

/// <summary>How quickly a citizen request needs a human.</summary>
public enum Urgency
{
    /// <summary>Ordinary handling.</summary>
    Normal,

    /// <summary>A health hazard or an outage: handle today.</summary>
    High,

    /// <summary>Danger to life or safety happening now or imminent: escalate at once.</summary>
    Critical,
}
