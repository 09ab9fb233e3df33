namespace Dasan.Ai.Triage.Duplicates;

/// <summary>An indexed request similar to the query.</summary>
/// <param name="Id">The id given to <see cref="NearDuplicateIndex.Add(long, string, DateTime)"/>.</param>
/// <param name="Similarity">Exact Jaccard similarity of the character-shingle sets, in [0, 1].</param>
public sealed record DuplicateMatch(long Id, double Similarity);
