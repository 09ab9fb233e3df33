namespace Dasan.Ai.Triage.Urgency;

/// <summary>Where the learned model overrules the lexicon (<see cref="UrgencyArbiter"/>, ADR 0108).</summary>
/// <param name="PromoteAt">A text the lexicon rated normal becomes critical at this danger probability.</param>
/// <param name="VetoBelow">A lexicon critical becomes high below this probability.</param>
/// <param name="PromoteHighAt">A text the lexicon rated high becomes critical at this probability.</param>
/// <param name="PromoteFramedAt">A text whose critical cue the lexicon read as negated, past or talk becomes critical at this probability.</param>
/// <param name="PromoteEitherAt">Either model alone at or above this (and the text's own bar) makes a text critical.</param>
internal readonly record struct UrgencyThresholds(double PromoteAt, double VetoBelow, double PromoteHighAt, double PromoteFramedAt, double PromoteEitherAt);
