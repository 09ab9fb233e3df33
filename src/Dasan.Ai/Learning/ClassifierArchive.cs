using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Dasan.Ai.Learning;

/// <summary>Reads and writes the single-zip classifier format: model.zip (ML.NET), metadata.json, vocabulary.json.</summary>
internal static class ClassifierArchive
{
    private const string ModelEntry = "model.zip";
    private const string MetadataEntry = "metadata.json";
    private const string VocabularyEntry = "vocabulary.json";

    public static void Write(TrainedTextClassifier classifier, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var entry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open())
        {
            entry.Write(classifier.MlNetModel);
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
            var model = ReadBytes(zip, ModelEntry);
            var parameters = LoadParameters(model);
            var weights = LinearModelFitter.Extract(parameters, vocabulary.Count, metadata.Labels.Count);
            return new TrainedTextClassifier(metadata, vocabulary, weights, model);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"The stream is not a valid Dasan classifier: {e.Message}", e);
        }
    }

    private static LinearMulticlassModelParametersBase LoadParameters(byte[] model)
    {
        var transformer = new MLContext().Model.Load(new MemoryStream(model), out _);
        if (transformer is TransformerChain<ITransformer> chain)
        {
            transformer = chain.LastTransformer;
        }

        return transformer is ISingleFeaturePredictionTransformer<LinearMulticlassModelParametersBase> prediction
            ? prediction.Model
            : throw new InvalidDataException($"{ModelEntry} holds a {transformer.GetType().Name}, not a linear multiclass model.");
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
