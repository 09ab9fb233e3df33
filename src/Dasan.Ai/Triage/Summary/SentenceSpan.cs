namespace Dasan.Ai.Triage.Summary;

/// <summary>A sentence chosen for a summary, located in the text that was summarised.</summary>
/// <param name="Start">Offset of the first character in the input text.</param>
/// <param name="Length">Length in characters in the input text.</param>
/// <param name="Text">The sentence, trimmed.</param>
/// <param name="Score">Its salience (TextRank times position and boilerplate factors); 1 when the text was returned whole.</param>
public sealed record SentenceSpan(int Start, int Length, string Text, double Score);
