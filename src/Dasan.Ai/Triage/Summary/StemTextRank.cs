namespace Dasan.Ai.Triage.Summary;

/// <summary>TextRank (weighted PageRank) over sentences, edges weighted by cosine similarity of stem counts.</summary>
internal static class StemTextRank
{
    public static double[] Rank(IReadOnlyList<Dictionary<string, double>> vectors, double damping, int iterations)
    {
        var n = vectors.Count;
        var weights = new double[n, n];
        var outSum = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var w = Cosine(vectors[i], vectors[j]);
                weights[i, j] = w;
                weights[j, i] = w;
                outSum[i] += w;
                outSum[j] += w;
            }
        }

        var rank = Enumerable.Repeat(1.0, n).ToArray();
        var next = new double[n];
        for (var step = 0; step < iterations; step++)
        {
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (outSum[j] > 0)
                    {
                        sum += weights[j, i] / outSum[j] * rank[j];
                    }
                }

                next[i] = (1 - damping) + (damping * sum);
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (term, count) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                dot += count * other;
            }
        }

        return dot == 0 ? 0 : dot / (Norm(a) * Norm(b));
    }

    private static double Norm(Dictionary<string, double> vector) => Math.Sqrt(vector.Values.Sum(v => v * v));
}
