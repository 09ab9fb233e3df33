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
/// <param name="CountEvidence">For a question asking for a count with 몇 (몇 시까지, 몇 개월): 1 when the top document states a
/// number with that unit, −1 when it does not; 0 for other questions (<see cref="CountedQuestion"/>).</param>
/// <param name="ConceptCount">Number of content words in the question.</param>
/// <param name="QuestionLength">Length of the question in characters, divided by 50.</param>
/// <param name="LogTopScore">log(1 + top BM25 score).</param>
/// <param name="BigramContainment">Share of the question's syllable bigrams found in the top three passages (typos and
/// missing spaces do not hide a match from it).</param>
/// <param name="SentenceBigramContainment">Best share of the question's syllable bigrams found in one sentence of them.</param>
/// <param name="GuideScore">The <see cref="GuideRanker"/>'s score of the guide chosen to answer from: how much it looks like a
/// guide that answers the question (0 without a ranker; ADR 0110).</param>
/// <param name="Intent">What the question asks for; one indicator per <see cref="QuestionIntent"/> in <see cref="ToVector"/>.</param>
/// <param name="Shape">The question with its content words replaced by what the knowledge base makes of them (in the top
/// guide, elsewhere, nowhere): its form without its topic, which the <see cref="RefusalModel"/> reads with a text model.
/// It stays meaningful when guides are added or removed, because the replacement is made against the current index.</param>
/// <param name="Topic">The guide answered from, joined with the question's letter pairs (<see cref="GuideTopicModel.Inputs"/>), which the
/// <see cref="RefusalModel"/> reads with a <see cref="GuideTopicModel"/>.</param>
public sealed record RelevanceFeatures(
    double NormalizedScore,
    double ChunkCoverage,
    double SentenceCoverage,
    double DocumentCoverage,
    double UnknownConcepts,
    double MissingNumbers,
    double Agreement,
    double AnswerCoverage,
    double TitleCoverage,
    double CountEvidence,
    double ConceptCount,
    double QuestionLength,
    double LogTopScore,
    double BigramContainment,
    double SentenceBigramContainment,
    double GuideScore,
    QuestionIntent Intent,
    string Shape = "",
    string Topic = "")
{
    /// <summary>Number of features in <see cref="ToVector"/>.</summary>
    public const int Count = 23;

    /// <summary>All zeros: nothing matched.</summary>
    public static RelevanceFeatures None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, QuestionIntent.Other);

    /// <summary>The features in declaration order.</summary>
    public double[] ToVector() =>
        [
            NormalizedScore, ChunkCoverage, SentenceCoverage, DocumentCoverage, UnknownConcepts, MissingNumbers, Agreement, AnswerCoverage,
            TitleCoverage, CountEvidence, ConceptCount, QuestionLength, LogTopScore, BigramContainment, SentenceBigramContainment, GuideScore,
            .. Enum.GetValues<QuestionIntent>().Select(i => i == Intent ? 1.0 : 0.0),
        ];
}
