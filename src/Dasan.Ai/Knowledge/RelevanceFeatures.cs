namespace Dasan.Ai.Knowledge;

/// <summary>How well the knowledge base covers a question; the inputs of the refusal decision.</summary>
/// <param name="NormalizedScore">Top BM25 score divided by the query's maximum possible score.</param>
/// <param name="ChunkCoverage">Share of the question's content words found in the top passage (with its title and heading).</param>
/// <param name="SentenceCoverage">Best share of content words found in one sentence (plus its heading) of the top three passages.</param>
/// <param name="DocumentCoverage">IDF-weighted share of content words found anywhere in the top document.</param>
/// <param name="UnknownConcepts">Content words the knowledge base never uses.</param>
/// <param name="MissingNumbers">Numbers in the question (years, amounts) absent from the top document.</param>
/// <param name="Agreement">Share of the top five passages that come from the top document.</param>
/// <param name="AnswerCoverage">Best share of content words in one sentence of the top three passages that also holds
/// the kind of answer asked for (an amount for 얼마, a date for 언제, a place for 어디; <see cref="QuestionIntentDetector"/>).</param>
/// <param name="TitleCoverage">Share of content words found in the top document's title and section headings.</param>
public sealed record RelevanceFeatures(
    double NormalizedScore,
    double ChunkCoverage,
    double SentenceCoverage,
    double DocumentCoverage,
    double UnknownConcepts,
    double MissingNumbers,
    double Agreement,
    double AnswerCoverage,
    double TitleCoverage)
{
    /// <summary>Number of features in <see cref="ToVector"/>.</summary>
    public const int Count = 9;

    /// <summary>All zeros: nothing matched.</summary>
    public static RelevanceFeatures None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The features in declaration order.</summary>
    public double[] ToVector() =>
        [NormalizedScore, ChunkCoverage, SentenceCoverage, DocumentCoverage, UnknownConcepts, MissingNumbers, Agreement, AnswerCoverage, TitleCoverage];
}
