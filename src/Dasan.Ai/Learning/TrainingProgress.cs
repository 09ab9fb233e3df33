namespace Dasan.Ai.Learning;

/// <summary>Where training is, for a progress bar.</summary>
/// <param name="Stage">The current stage.</param>
/// <param name="Fraction">Overall fraction done, in [0, 1], never decreasing.</param>
public sealed record TrainingProgress(TrainingStage Stage, double Fraction);
