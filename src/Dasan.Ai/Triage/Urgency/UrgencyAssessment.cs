namespace Dasan.Ai.Triage.Urgency;

/// <summary>The outcome of <see cref="UrgencyClassifier.Assess(string)"/>.</summary>
/// <param name="Level">The assessed urgency.</param>
/// <param name="Reason">Why, in Korean for staff (category and the clause that decided); null when nothing was found.</param>
/// <param name="Cues">The lexicon cues that set the level, in the order found.</param>
/// <param name="Confidence">A heuristic confidence in [0, 1]; not a calibrated probability.</param>
public sealed record UrgencyAssessment(Urgency Level, string? Reason, IReadOnlyList<string> Cues, double Confidence);
