namespace Dasan.Ai.Triage.Urgency;

/// <summary>A cue found in a compact clause, spanning [Start, End).</summary>
internal sealed record CueHit(UrgencyCue Cue, string Phrase, int Start, int End);
