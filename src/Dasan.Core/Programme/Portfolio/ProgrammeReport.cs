namespace Dasan.Core.Programme.Portfolio;

/// <summary>The leadership view (시장단 보고): approved use cases per bureau and city-wide, with the training figures when known.</summary>
public sealed record ProgrammeReport(
    DateTime AsOfUtc,
    IReadOnlyList<BureauReport> Bureaus,
    BureauReport Totals,
    IReadOnlyList<KpiLine> Kpis,
    bool TrainingAvailable,
    IReadOnlyList<LevelTarget> LevelTargets);

/// <summary>A KPI of a use case with its numbers (live KPIs already computed).</summary>
public sealed record KpiLine(string Code, string UseCase, string Bureau, string Metric, string Unit, double? Baseline, double? Target, double? Actual, string? Unavailable)
{
    /// <summary>Set from the KPI's <c>better</c> (<c>lower</c>/<c>higher</c>); when absent, lower is better only if the target is below the baseline.</summary>
    public bool? LowerIsBetter { get; init; }

    private bool Lower => LowerIsBetter ?? (Baseline is { } b && Target < b);

    public bool? OnTarget => Actual is not { } a || Target is not { } t ? null : Lower ? a <= t : a >= t;

    /// <summary>Achievement against target in percent (target ÷ actual when lower is better).</summary>
    public double? Achievement => Actual is not { } a || Target is not { } t || t <= 0 ? null : Lower ? t / Math.Max(a, 0.01) * 100 : a / t * 100;
}

/// <summary>A curriculum level's city-wide yearly target and the valid certificates held.</summary>
public sealed record LevelTarget(string Level, string NameKo, string TargetText, int? TargetCount, int Certified);
