namespace Dasan.Core.Radar;

/// <summary>A phrase with every scope it fired in, merged into issues by the stories they share.</summary>
internal sealed class PhraseNode(string phrase)
{
    public string Phrase { get; } = phrase;
    public List<FiredFeature> Fired { get; } = [];
    public HashSet<long> Stories { get; } = [];
    public double Score => Fired.Max(f => f.Evidence.Surprise);
    public FiredFeature Best => Fired.MaxBy(f => f.Evidence.Surprise)!;

    /// <summary>True when the two phrases describe the same stories: most of the smaller set, and a fair part of the larger.</summary>
    public bool SameIssueAs(PhraseNode other)
    {
        var (small, large) = Stories.Count <= other.Stories.Count ? (Stories, other.Stories) : (other.Stories, Stories);
        var shared = small.Count(large.Contains);
        return shared >= 0.6 * small.Count && shared >= 0.25 * large.Count;
    }
}
