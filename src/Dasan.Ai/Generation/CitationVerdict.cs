namespace Dasan.Ai.Generation;

/// <summary>The citations found in a generated answer.</summary>
/// <param name="Cited">Passage numbers cited that exist, ascending.</param>
/// <param name="Invalid">Numbers cited that name no passage, ascending.</param>
public sealed record CitationVerdict(IReadOnlyList<int> Cited, IReadOnlyList<int> Invalid)
{
    /// <summary>True when at least one passage is cited and every citation exists.</summary>
    public bool Passes => Cited.Count > 0 && Invalid.Count == 0;
}
