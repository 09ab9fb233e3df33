using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>A term of a question as the Korean analyzer indexes it.</summary>
/// <param name="Term">The indexed term (stem, compound part, number, lower-cased Latin word or bigram).</param>
/// <param name="Kind">What the term is made of; bigrams only help recall.</param>
/// <param name="IsContent">True for content words the knowledge base must cover (not bigrams, not question words).</param>
public sealed record QueryTerm(string Term, TokenKind Kind, bool IsContent)
{
    /// <summary>Share of a whole term's weight in search (a colloquial word's guide words share one word's weight).</summary>
    public float Weight { get; init; } = 1f;
}
