namespace Dasan.Ai.Learning;

/// <summary>A seeded stratified split: about <c>fraction</c> of each label's examples go to the
/// held-out part, never the last example of a label.</summary>
internal static class HoldOutSplit
{
    public static (List<int> Fit, List<int> HoldOut) Create(IReadOnlyList<int> labels, double fraction, int seed)
    {
        var random = new Random(seed);
        var fit = new List<int>(labels.Count);
        var holdOut = new List<int>();
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            var take = Math.Min((int)Math.Round(members.Length * fraction), members.Length - 1);
            holdOut.AddRange(members.Take(take));
            fit.AddRange(members.Skip(take));
        }

        fit.Sort();
        holdOut.Sort();
        return (fit, holdOut);
    }
}
