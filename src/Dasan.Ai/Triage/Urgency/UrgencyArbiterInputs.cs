namespace Dasan.Ai.Triage.Urgency;

/// <summary>What <see cref="UrgencyArbiter.Decide"/> weighs beside the lexicon's reading of a text.</summary>
/// <param name="Reading">What the learned models read.</param>
/// <param name="Over">The text says its danger is over: never raised.</param>
/// <param name="Framed">The lexicon found a critical cue and read every one as negated, past or talk.</param>
/// <param name="VetoBarred">The models may not lower a lexicon critical.</param>
/// <param name="Thresholds">The bars for this text.</param>
/// <param name="Fragment">No danger word and fewer letters than <see cref="UrgencyArbiter.ModelReadsFromLetters"/>: the models raise it to high at most.</param>
internal readonly record struct UrgencyArbiterInputs(UrgencyReading Reading, bool Over, bool Framed, bool VetoBarred, UrgencyThresholds Thresholds, bool Fragment = false);
