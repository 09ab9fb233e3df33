namespace Dasan.Ai.Triage.Summary;

/// <summary>An extractive summary.</summary>
/// <param name="Text">The chosen sentences in their original order, joined by spaces.</param>
/// <param name="Sentences">The chosen sentences, in their original order.</param>
public sealed record Summary(string Text, IReadOnlyList<SentenceSpan> Sentences);
