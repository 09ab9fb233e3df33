namespace Dasan.Ai.Knowledge;

/// <summary>
/// One regression tree of the <see cref="RefusalModel"/>, as ML.NET's FastTree exposes it: node <c>i</c> sends a feature
/// vector to <see cref="Left"/>[i] when <c>x[Feature[i]] ≤ Split[i]</c>, else to <see cref="Right"/>[i]; a negative child
/// <c>c</c> is leaf <c>~c</c>.
/// </summary>
public sealed record RefusalTree(int[] Left, int[] Right, int[] Feature, double[] Split, double[] Leaves, double Weight)
{
    /// <summary>The weighted value of the leaf <paramref name="x"/> falls into.</summary>
    public double Value(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (Leaves.Length == 1)
        {
            return Weight * Leaves[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = (float)x[Feature[node]] <= (float)Split[node] ? Left[node] : Right[node]; // FastTree compares single precision
        }

        return Weight * Leaves[~node];
    }
}
