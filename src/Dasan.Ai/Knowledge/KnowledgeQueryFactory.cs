using Dasan.Korean.Tokenization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Builds the BM25 query of a question: content terms on text, title and section; bigrams and question
/// words, down-weighted, on text only (fewer clauses keep p99 latency low on large indexes).
/// </summary>
internal static class KnowledgeQueryFactory
{
    /// <summary>Weight of syllable bigrams relative to whole terms.</summary>
    public const float BigramWeight = 0.2f;

    /// <summary>Weight of question words (they still help ranking a little).</summary>
    public const float QuestionWordWeight = 0.1f;

    /// <summary>Most clauses one question may add (Lucene's default limit is 1,024).</summary>
    private const int MaxClauses = 1_000;

    public static float WeightOf(QueryTerm term) =>
        term.Kind == TokenKind.NGram ? BigramWeight : term.IsContent ? term.Weight : QuestionWordWeight;

    public static BooleanQuery? Build(IReadOnlyList<QueryTerm> terms, KnowledgeFilter? filter)
    {
        var should = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            if (should.Clauses.Count + KnowledgeFields.Searched.Length > MaxClauses)
            {
                break; // a very long question: its first terms are enough, and Lucene refuses more than 1,024 clauses
            }

            foreach (var (field, boost) in KnowledgeFields.Searched)
            {
                if (!term.IsContent && field != KnowledgeFields.Text)
                {
                    continue;
                }

                should.Add(new TermQuery(new Term(field, term.Term)) { Boost = boost * WeightOf(term) }, Occur.SHOULD);
            }
        }

        if (should.Clauses.Count == 0)
        {
            return null;
        }

        if (filter is null || (filter.Domain is null && filter.Department is null && filter.Lang is null))
        {
            return should;
        }

        var query = new BooleanQuery(disableCoord: true) { { should, Occur.MUST } };
        AddFilter(query, KnowledgeFields.Domain, filter.Domain);
        AddFilter(query, KnowledgeFields.Department, filter.Department);
        AddFilter(query, KnowledgeFields.Lang, filter.Lang);
        return query;
    }

    private static void AddFilter(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
        {
            query.Add(new TermQuery(new Term(field, value)) { Boost = 0f }, Occur.MUST);
        }
    }
}
