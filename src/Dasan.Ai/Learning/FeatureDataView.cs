using Microsoft.ML;
using Microsoft.ML.Data;

namespace Dasan.Ai.Learning;

/// <summary>Wraps sparse vectors and label indices as an ML.NET <see cref="IDataView"/> with a
/// key-typed Label column and a fixed-size Features column.</summary>
internal static class FeatureDataView
{
    public const string LabelColumn = "Label";
    public const string FeaturesColumn = "Features";

    public static IDataView Create(MLContext ml, IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int dimension, int classCount)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        schema[LabelColumn].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        var rows = vectors.Select((vector, i) => new Row
        {
            Label = (uint)labels[i],
            Features = new VBuffer<float>(dimension, vector.Indices.Length, vector.Values, vector.Indices),
        });
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>A binary view: Label is true for the rows of <paramref name="positive"/>.</summary>
    public static IDataView CreateBinary(MLContext ml, IReadOnlyList<SparseVector> vectors, IReadOnlyList<int> labels, int dimension, int positive)
    {
        var schema = SchemaDefinition.Create(typeof(BinaryRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var rows = vectors.Select((vector, i) => new BinaryRow
        {
            Label = labels[i] == positive,
            Features = new VBuffer<float>(dimension, vector.Indices.Length, vector.Values, vector.Indices),
        });
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>The binary input row.</summary>
    internal sealed class BinaryRow
    {
        public bool Label;

        public VBuffer<float> Features;
    }

    /// <summary>The input row; public fields because ML.NET maps them by reflection. ML.NET reads a
    /// uint key field as zero-based and stores it one-based (0 means missing), so Label is the label index.</summary>
    internal sealed class Row
    {
        public uint Label;

        public VBuffer<float> Features;
    }
}
