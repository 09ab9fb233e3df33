using System.Text.Json;
using Dasan.Core.Content;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Boosted regression trees over <see cref="RelevanceFeatures"/> (ML.NET FastTree, fit with <see cref="RefusalCalibrator"/>):
/// the question is answered when <see cref="Score"/> reaches <see cref="Threshold"/>. Plain arithmetic on the extracted
/// trees, so one instance serves every thread.
/// </summary>
/// <param name="Trees">The ensemble.</param>
/// <param name="Bias">Added to the trees' sum.</param>
/// <param name="Threshold">Minimum score to answer.</param>
public sealed record RefusalModel(IReadOnlyList<RefusalTree> Trees, double Bias, double Threshold)
{
    /// <summary>Where the shipped model lives in the shipped content.</summary>
    public const string Path = "models/refusal-model.json";

    private static readonly Lazy<RefusalModel> Shipped = new(() =>
    {
        using var stream = ShippedContent.Open(Path);
        return Read(stream);
    });

    /// <summary>
    /// Trees fitted on content/kb-eval/training-questions*.jsonl, threshold chosen on content/kb-eval/questions.jsonl (the
    /// tuning questions; ADR 0107), shipped as <c>content/models/refusal-model.json</c>; refit with
    /// <c>bench answer-quality --calibrate</c> when the knowledge base or the features change.
    /// </summary>
    public static RefusalModel Default => Shipped.Value;

    /// <summary>The log-odds-like score that the knowledge base answers the question.</summary>
    public double Score(RelevanceFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var x = features.ToVector();
        var z = Bias;
        foreach (var tree in Trees)
        {
            z += tree.Value(x);
        }

        return z;
    }

    /// <summary>True when the question should be answered.</summary>
    public bool Answers(RelevanceFeatures features) => Score(features) >= Threshold;

    /// <summary>Writes the model as JSON.</summary>
    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, RefusalJsonContext.Default.RefusalModel);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no refusal model.</exception>
    public static RefusalModel Read(Stream stream)
    {
        var model = JsonSerializer.Deserialize(stream, RefusalJsonContext.Default.RefusalModel);
        if (model is null || model.Trees.Count == 0 || model.Trees.Any(t => t.Leaves.Length == 0 || t.Left.Length != t.Leaves.Length - 1))
        {
            throw new InvalidDataException("The stream holds no valid refusal model.");
        }

        return model;
    }
}
