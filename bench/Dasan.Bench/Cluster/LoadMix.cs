namespace Dasan.Bench.Cluster;

/// <summary>What each simulated user of <see cref="LoadGenerator"/> sends.</summary>
public enum LoadMix
{
    /// <summary>Intake 40 %, queue reads 30 %, knowledge questions 15 %, dashboards 15 %.</summary>
    Mixed,

    /// <summary>The mixed load, its intakes acknowledged before triage (<c>Prefer: respond-async</c>, ADR 0328): <c>bench cluster --intake-async</c>.</summary>
    MixedAsync,

    /// <summary>Every request an intake: the load the bare INSERT rate is the physical limit of.</summary>
    IntakeOnly,

    /// <summary>Every request an intake that asks to be answered before triage (<c>Prefer: respond-async</c>, ADR 0328).</summary>
    IntakeAsync,

    /// <summary>A small static file: what HTTP alone through the proxy costs on this machine, the ceiling of any endpoint.</summary>
    StaticFile,
}
