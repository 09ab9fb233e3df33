namespace Dasan.Ai.Knowledge;

/// <summary>An extractive answer, or a refusal when the knowledge base is silent.</summary>
/// <param name="Text">Answer sentences with inline [n] citations, or the Korean refusal message.</param>
/// <param name="Refused">True when the knowledge base does not answer the question.</param>
/// <param name="Citations">The sources the answer cites; empty when refused.</param>
/// <param name="Department">The department most related to the question (the best hit's), for contact; may be null.</param>
/// <param name="Relevance">The relevance model's score (log-odds); the answer is given at or above the model threshold.</param>
public sealed record Answer(string Text, bool Refused, IReadOnlyList<Citation> Citations, string? Department, double Relevance);
