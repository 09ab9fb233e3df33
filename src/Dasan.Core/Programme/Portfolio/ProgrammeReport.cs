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
    /// <summary>Lower is better when the target is below the baseline.</summary>
    public bool? OnTarget => Actual is not { } a || Target is not { } t ? null : Baseline is { } b && t < b ? a <= t : a >= t;
}

/// <summary>A curriculum level's city-wide yearly target and the valid certificates held.</summary>
public sealed record LevelTarget(string Level, string NameKo, string TargetText, int? TargetCount, int Certified);
