namespace Dasan.Ai.Learning;

/// <summary>A linear multiclass model as plain arrays: weights feature-major (all classes of one
/// feature next to each other, so a sparse dot product reads memory in order) and biases.</summary>
internal sealed class LinearWeights(float[] matrix, float[] biases, int classCount)
{
    public int ClassCount { get; } = classCount;

    /// <summary>Writes the raw class scores of <paramref name="vector"/> to <paramref name="scores"/>.</summary>
    public void Score(SparseVector vector, Span<float> scores)
    {
        biases.CopyTo(scores);
        for (var i = 0; i < vector.Indices.Length; i++)
        {
            var row = matrix.AsSpan(vector.Indices[i] * ClassCount, ClassCount);
            var value = vector.Values[i];
            for (var c = 0; c < ClassCount; c++)
            {
                scores[c] += row[c] * value;
            }
        }
    }
}
