namespace Dasan.Ai.Knowledge;

/// <summary>The words of one guide, kept per index snapshot by <see cref="RelevanceAssessor"/>: in its title and headings,
/// anywhere, and in each sentence together with the sentence's title and heading.</summary>
internal sealed record GuideTerms(HashSet<string> Titles, HashSet<string> All, IReadOnlyList<(string Sentence, HashSet<string> Terms)> Sentences);
