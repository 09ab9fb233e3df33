using System.Text.Json;
using Dasan.Core.Content;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Boosted regression trees that choose the guide an answer is judged and drawn from among the guides of the top search hits
/// (<see cref="GuideCandidates"/>: where search found each guide, and how much of the question its title, headings,
/// sentences and text hold). The inputs never name a guide, so a guide added later is ranked like any other. Fitted with
/// <see cref="GuideRankerFitter"/> on the training questions (ADR 0110); plain arithmetic, one instance serves every thread.
/// </summary>
/// <param name="Trees">The ensemble.</param>
/// <param name="Bias">Added to the trees' sum.</param>
public sealed record GuideRanker(IReadOnlyList<RefusalTree> Trees, double Bias)
{
    /// <summary>Where the shipped trees live in the shipped content.</summary>
    public const string Path = "models/guide-ranker.json";

    private static readonly Lazy<GuideRanker> Shipped = new(() =>
    {
        using var stream = ShippedContent.Open(Path);
        return Read(stream);
    });

    /// <summary>The shipped ranker (<c>content/models/guide-ranker.json</c>; refit with <c>bench answer-quality --fit-ranker</c>).</summary>
    public static GuideRanker Default => Shipped.Value;

    /// <summary>No ranker: the guide that holds most of the question leads (the choice before ADR 0110, for comparison).</summary>
    public static GuideRanker None { get; } = new([], 0);

    /// <summary>How likely the candidate described by <paramref name="features"/> holds the answer (higher: more likely).</summary>
    public double Score(double[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return BoostedTrees.Score(Trees, Bias, features);
    }

    /// <summary>Writes the trees as JSON.</summary>
    public void Write(Stream stream) => JsonSerializer.Serialize(stream, this, RefusalJsonContext.Default.GuideRanker);

    /// <summary>Reads a ranker written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no valid ranker.</exception>
    public static GuideRanker Read(Stream stream)
    {
        var ranker = JsonSerializer.Deserialize(stream, RefusalJsonContext.Default.GuideRanker);
        if (ranker is null || ranker.Trees.Count == 0 || !ranker.Trees.All(t => RefusalModel.IsValid(t, GuideCandidates.Count - 1)))
        {
            throw new InvalidDataException("The stream holds no valid guide ranker.");
        }

        return ranker;
    }
}
