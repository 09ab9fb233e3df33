using System.Text.Json;
using System.Text.Json.Serialization;
using Dasan.Ai.Learning;
using Dasan.Core.Content;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Boosted regression trees (ML.NET FastTree, fit with <see cref="RefusalCalibrator"/>) over <see cref="RelevanceFeatures"/>
/// and the answerability a text model reads from the question's <see cref="RelevanceFeatures.Shape"/>: the question is
/// answered when <see cref="Score"/> reaches <see cref="Threshold"/>. Plain arithmetic on extracted weights and trees, so
/// one instance serves every thread.
/// </summary>
/// <param name="Trees">The ensemble.</param>
/// <param name="Bias">Added to the trees' sum.</param>
/// <param name="Threshold">Minimum score to answer.</param>
public sealed record RefusalModel(IReadOnlyList<RefusalTree> Trees, double Bias, double Threshold)
{
    /// <summary>Where the shipped trees live in the shipped content.</summary>
    public const string Path = "models/refusal-model.json";

    /// <summary>Where the shipped question-shape model lives in the shipped content.</summary>
    public const string ShapePath = "models/question-shape.zip";

    /// <summary>The label of answerable questions in <see cref="Shapes"/>.</summary>
    public const string AnswerableLabel = "answerable";

    private static readonly Lazy<RefusalModel> Shipped = new(() =>
    {
        using var trees = ShippedContent.Open(Path);
        using var shapes = ShippedContent.Open(ShapePath);
        using var copy = new MemoryStream();
        shapes.CopyTo(copy);
        copy.Position = 0;
        return Read(trees, copy);
    });

    /// <summary>
    /// Fitted on content/kb-eval/training-questions*.jsonl, threshold chosen on content/kb-eval/questions.jsonl (the tuning
    /// questions; ADR 0107), shipped as <c>content/models/refusal-model.json</c> and <c>question-shape.zip</c>; refit with
    /// <c>bench answer-quality --calibrate</c> when the knowledge base or the features change.
    /// </summary>
    public static RefusalModel Default => Shipped.Value;

    /// <summary>The text model of question shapes; without one, every shape counts as even odds.</summary>
    [JsonIgnore]
    public TrainedTextClassifier? Shapes { get; init; }

    /// <summary>What the training questions say about the guide answered from (ADR 0111); without one, even odds.</summary>
    public GuideTopicModel? Topics { get; init; }

    /// <summary>The score that the knowledge base answers the question (higher: more likely).</summary>
    public double Score(RelevanceFeatures features) => Score(Vector(features));

    /// <summary>The trees' score of a vector made by <see cref="Vector"/>.</summary>
    public double Score(double[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        return BoostedTrees.Score(Trees, Bias, vector);
    }

    /// <summary>The trees' input: the features, then the shape model's and the topic model's probabilities that the question is answerable.</summary>
    public double[] Vector(RelevanceFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return [.. features.ToVector(), ShapeProbability(Shapes, features.Shape), Topics?.Probability(features.Topic) ?? 0.5];
    }

    /// <summary>The probability <paramref name="shapes"/> gives <paramref name="shape"/> of being answerable (0.5 without a model).</summary>
    public static double ShapeProbability(TrainedTextClassifier? shapes, string shape)
    {
        if (shapes is null)
        {
            return 0.5;
        }

        Span<double> probabilities = stackalloc double[shapes.Labels.Count];
        shapes.PredictProbabilities(shape ?? string.Empty, probabilities);
        for (var i = 0; i < shapes.Labels.Count; i++)
        {
            if (shapes.Labels[i] == AnswerableLabel)
            {
                return probabilities[i];
            }
        }

        return 0.5;
    }

    /// <summary>
    /// A tree every feature vector can walk: one split per inner node, children inside the tree, features inside the vector
    /// (<see cref="RelevanceFeatures.Count"/> plus the shape and topic probabilities).
    /// </summary>
    internal static bool IsValid(RefusalTree tree, int lastFeature = RelevanceFeatures.Count + 1)
    {
        var inner = tree.Leaves.Length - 1;
        return tree.Leaves.Length > 0 && tree.Left.Length == inner && tree.Right.Length == inner && tree.Feature.Length == inner
            && tree.Split.Length == inner && tree.Feature.All(f => f >= 0 && f <= lastFeature)
            && tree.Left.Concat(tree.Right).All(c => c < inner && ~c < tree.Leaves.Length);
    }

    /// <summary>True when the question should be answered.</summary>
    public bool Answers(RelevanceFeatures features) => Score(features) >= Threshold;

    /// <summary>Writes the trees as JSON to <paramref name="trees"/> and the shape model (if any) to <paramref name="shapes"/>.</summary>
    public void Write(Stream trees, Stream shapes)
    {
        JsonSerializer.Serialize(trees, this, RefusalJsonContext.Default.RefusalModel);
        Shapes?.Save(shapes);
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The streams hold no refusal model.</exception>
    public static RefusalModel Read(Stream trees, Stream? shapes)
    {
        var model = JsonSerializer.Deserialize(trees, RefusalJsonContext.Default.RefusalModel);
        if (model is null || model.Trees.Count == 0 || !model.Trees.All(t => IsValid(t)))
        {
            throw new InvalidDataException("The stream holds no valid refusal model.");
        }

        // An empty shape stream is a model fitted without shapes (bench answer-quality --calibrate --no-shape).
        return shapes is null || (shapes.CanSeek && shapes.Length == 0) ? model : model with { Shapes = TrainedTextClassifier.Load(shapes) };
    }
}
