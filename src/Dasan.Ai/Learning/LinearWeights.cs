using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Dasan.Ai.Learning;

/// <summary>A linear multiclass model as plain arrays: weights feature-major (all classes of one
/// feature next to each other, so a sparse dot product reads memory in order) and biases.</summary>
internal sealed class LinearWeights(int dimension, int classCount)
{
    private readonly float[] _matrix = new float[dimension * classCount];
    private readonly float[] _biases = new float[classCount];

    public int ClassCount { get; } = classCount;

    /// <summary>Copies all classes from an ML.NET multiclass linear model.</summary>
    public void SetFrom(LinearMulticlassModelParametersBase parameters)
    {
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        if (classes != ClassCount)
        {
            throw new InvalidDataException($"The ML.NET model has {classes} classes but the metadata lists {ClassCount} labels.");
        }

        var biases = parameters.GetBiases().ToArray();
        for (var c = 0; c < ClassCount; c++)
        {
            foreach (var (index, value) in weights[c].Items())
            {
                _matrix[(index * ClassCount) + c] = value;
            }

            _biases[c] = biases[c];
        }
    }

    /// <summary>Copies one class from an ML.NET binary linear model (one-versus-all).</summary>
    public void SetClass(int c, LinearBinaryModelParameters parameters)
    {
        var weights = parameters.Weights;
        for (var index = 0; index < weights.Count; index++)
        {
            _matrix[(index * ClassCount) + c] = weights[index];
        }

        _biases[c] = parameters.Bias;
    }

    /// <summary>Writes the raw class scores of <paramref name="vector"/> to <paramref name="scores"/>.</summary>
    public void Score(SparseVector vector, Span<float> scores)
    {
        _biases.CopyTo(scores);
        for (var i = 0; i < vector.Indices.Length; i++)
        {
            var row = _matrix.AsSpan(vector.Indices[i] * ClassCount, ClassCount);
            var value = vector.Values[i];
            for (var c = 0; c < ClassCount; c++)
            {
                scores[c] += row[c] * value;
            }
        }
    }
}
