namespace Dasan.Ai.Knowledge;

/// <summary>An extractive answer, or a refusal when the knowledge base is silent.</summary>
/// <param name="Text">Answer sentences with inline [n] citations, or the Korean refusal message.</param>
/// <param name="Refused">True when the knowledge base does not answer the question.</param>
/// <param name="Citations">The sources the answer cites; empty when refused.</param>
/// <param name="Department">The department most related to the question (the best hit's), for contact; may be null.</param>
/// <param name="Relevance">The refusal model's score (<see cref="RefusalModel.Score(RelevanceFeatures)"/>); the answer is given at or above its threshold.</param>
public sealed record Answer(string Text, bool Refused, IReadOnlyList<Citation> Citations, string? Department, double Relevance);
