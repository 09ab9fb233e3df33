namespace Dasan.Ai.Learning;

/// <summary>The metadata.json entry of a saved classifier.</summary>
internal sealed record ClassifierMetadata(
    int FormatVersion,
    IReadOnlyList<string> Labels,
    TextClassifierOptions Options,
    double Temperature,
    double[] Biases,
    TrainingSummary Summary)
{
    public const int CurrentFormatVersion = 1;
}

/// <summary>The vocabulary.json entry of a saved classifier: feature terms and their IDF.</summary>
internal sealed record FeatureVocabularyDocument(IReadOnlyList<string> Terms, float[] Idf);
