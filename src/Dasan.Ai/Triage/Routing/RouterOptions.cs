namespace Dasan.Ai.Triage.Routing;

/// <summary>How catalog fields are weighted and how scores become probabilities. Defaults are documented in ADR 0104.</summary>
public sealed record RouterOptions
{
    public double KeywordWeight { get; init; } = 3.0;
    public double NameWeight { get; init; } = 2.5;
    public double ExampleWeight { get; init; } = 1.2;
    public double DutyWeight { get; init; } = 1.0;

    /// <summary>Only the start of a long body is read: citizens state their point early, the rest adds noise.</summary>
    public int BodyChars { get; init; } = 800;

    /// <summary>Weight of a title term relative to a body term.</summary>
    public double TitleWeight { get; init; } = 2.0;

    /// <summary>Weight of a syllable bigram relative to a stem in the query.</summary>
    public double BigramWeight { get; init; } = 0.35;

    /// <summary>BM25 saturation and length normalisation over a unit's weighted term counts.</summary>
    public double K1 { get; init; } = 1.2;
    public double B { get; init; } = 0.5;

    /// <summary>Softmax temperature; replaced by the calibrated value when the router is calibrated.</summary>
    public double Temperature { get; init; } = 1.0;

    /// <summary>Softmax temperature used when pooling units into domains; calibrated on domain log loss.</summary>
    public double DomainTemperature { get; init; } = 1.0;
}
