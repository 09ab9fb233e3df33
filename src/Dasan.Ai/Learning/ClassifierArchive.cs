using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Dasan.Ai.Learning;

/// <summary>Reads and writes the single-zip classifier format: metadata.json, vocabulary.json and the
/// ML.NET model as model.zip (maximum entropy) or model-NN.zip per label (averaged perceptrons).</summary>
internal static class ClassifierArchive
{
    private const string ModelEntry = "model.zip";
    private const string MetadataEntry = "metadata.json";
    private const string VocabularyEntry = "vocabulary.json";

    public static void Write(TrainedTextClassifier classifier, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var models = classifier.MlNetModels;
        for (var i = 0; i < models.Count; i++)
        {
            using var entry = zip.CreateEntry(EntryName(models.Count, i), CompressionLevel.NoCompression).Open();
            entry.Write(models[i]);
        }

        using (var entry = zip.CreateEntry(MetadataEntry, CompressionLevel.Optimal).Open())
        {
            JsonSerializer.Serialize(entry, classifier.Metadata, LearningJsonContext.Indented.ClassifierMetadata);
        }

        using (var entry = zip.CreateEntry(VocabularyEntry, CompressionLevel.Fastest).Open())
        {
            var document = new FeatureVocabularyDocument(classifier.Vocabulary.Terms, classifier.Vocabulary.Idf);
            JsonSerializer.Serialize(entry, document, LearningJsonContext.Compact.FeatureVocabularyDocument);
        }
    }

    public static TrainedTextClassifier Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var metadata = ReadJson(zip, MetadataEntry, LearningJsonContext.Compact.ClassifierMetadata);
            if (metadata.FormatVersion != ClassifierMetadata.CurrentFormatVersion)
            {
                throw new InvalidDataException($"Classifier format version {metadata.FormatVersion} is not supported (expected {ClassifierMetadata.CurrentFormatVersion}).");
            }

            var document = ReadJson(zip, VocabularyEntry, LearningJsonContext.Compact.FeatureVocabularyDocument);
            var vocabulary = new FeatureVocabulary(document.Terms, document.Idf);
            var classCount = metadata.Labels.Count;
            var weights = new LinearWeights(vocabulary.Count, classCount);
            var count = metadata.Options.Algorithm == TextClassifierAlgorithm.MaximumEntropy ? 1 : classCount;
            var models = Enumerable.Range(0, count).Select(i => ReadBytes(zip, EntryName(count, i))).ToArray();
            for (var i = 0; i < count; i++)
            {
                var parameters = LoadParameters(models[i]);
                if (parameters is LinearMulticlassModelParametersBase multiclass && count == 1)
                {
                    weights.SetFrom(multiclass);
                }
                else if (parameters is LinearBinaryModelParameters binary && count == classCount)
                {
                    weights.SetClass(i, binary);
                }
                else
                {
                    throw new InvalidDataException($"{EntryName(count, i)} holds a {parameters.GetType().Name}, which does not match the metadata.");
                }
            }

            return new TrainedTextClassifier(metadata, vocabulary, weights, models);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"The stream is not a valid Dasan classifier: {e.Message}", e);
        }
    }

    private static string EntryName(int count, int index) =>
        count == 1 ? ModelEntry : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"model-{index:00}.zip");

    private static object LoadParameters(byte[] model)
    {
        var transformer = new MLContext().Model.Load(new MemoryStream(model), out _);
        if (transformer is TransformerChain<ITransformer> chain)
        {
            transformer = chain.LastTransformer;
        }

        return transformer is ISingleFeaturePredictionTransformer<object> prediction
            ? prediction.Model
            : throw new InvalidDataException($"A model entry holds a {transformer.GetType().Name}, not a linear model.");
    }

    private static T ReadJson<T>(ZipArchive zip, string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        using var entry = Open(zip, name);
        return JsonSerializer.Deserialize(entry, type) ?? throw new InvalidDataException($"{name} is empty.");
    }

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        using var entry = Open(zip, name);
        using var buffer = new MemoryStream();
        entry.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Stream Open(ZipArchive zip, string name) =>
        (zip.GetEntry(name) ?? throw new InvalidDataException($"The classifier archive has no {name} entry.")).Open();
}
