namespace Dasan.Ai.Triage.Urgency;

/// <summary>What the learned models read in a text (ADR 0109).</summary>
/// <param name="Danger">The blended probability of danger to life now: raises a text to critical.</param>
/// <param name="VetoDanger">The probability a lexicon critical is weighed by before it is lowered: the higher of the two
/// models' when <see cref="UrgencyScorer.VetoNeedsBothModels"/>, so one model alone cannot silence a danger.</param>
/// <param name="Highest">The higher of the two models' probabilities: one model all but sure raises a text on its own
/// (<see cref="UrgencyArbiter.PromoteEitherAt"/>), the mirror of the veto.</param>
public readonly record struct UrgencyReading(double Danger, double VetoDanger, double Highest);
