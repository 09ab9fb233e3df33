using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Knowledge;

/// <summary>A content word of a question with the parts the analyzer decompounds it into (기초연금 → 기초 + 연금).</summary>
/// <param name="Term">The whole stem, number or Latin word.</param>
/// <param name="Parts">Compound parts; empty for simple words.</param>
/// <param name="Kind">What the term is made of.</param>
/// <param name="Alternatives">Words the guides use for it (<see cref="ColloquialTerms"/>); empty for most.</param>
public sealed record QuestionConcept(string Term, IReadOnlyList<string> Parts, TokenKind Kind, IReadOnlyList<string>? Alternatives = null)
{
    /// <summary>1 when the term or a guide word for it is in <paramref name="terms"/>, 0.8 × the share of parts found (a part or its guide word) otherwise.</summary>
    public double MatchIn(IReadOnlySet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Contains(Term) || (Alternatives is { Count: > 0 } alternatives && alternatives.Any(terms.Contains)))
        {
            return 1;
        }

        return Parts.Count == 0 ? 0 : 0.8 * Parts.Count(p => terms.Contains(p) || (ColloquialTerms.IsExact(p) && ColloquialTerms.For(p).Any(terms.Contains))) / Parts.Count;
    }
}
