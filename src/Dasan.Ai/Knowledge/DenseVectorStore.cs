using System.Numerics.Tensors;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Brute-force cosine search over chunk vectors held in memory (a few hundred thousand chunks fit);
/// rebuildable from the database like the BM25 index. Thread-safe.
/// </summary>
public sealed class DenseVectorStore
{
    private readonly Dictionary<string, List<(KnowledgeChunk Chunk, float[] Vector)>> _documents = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _lock = new();

    /// <summary>Number of stored vectors.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _documents.Values.Sum(v => v.Count);
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    /// <summary>Stores the vectors of a document's chunks (normalised), replacing earlier ones.</summary>
    public void Replace(string documentId, IReadOnlyList<KnowledgeChunk> chunks, IReadOnlyList<float[]> vectors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(chunks);
        ArgumentNullException.ThrowIfNull(vectors);
        if (chunks.Count != vectors.Count)
        {
            throw new ArgumentException($"{chunks.Count} chunks but {vectors.Count} vectors.", nameof(vectors));
        }

        var entries = chunks.Zip(vectors, (c, v) => (c, Normalise(v))).ToList();
        _lock.EnterWriteLock();
        try
        {
            _documents[documentId] = entries;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes a document's vectors.</summary>
    public void Remove(string documentId)
    {
        _lock.EnterWriteLock();
        try
        {
            _documents.Remove(documentId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>The <paramref name="k"/> chunks most similar to <paramref name="query"/> that pass <paramref name="filter"/>.</summary>
    public IReadOnlyList<(KnowledgeChunk Chunk, float Similarity)> Search(float[] query, KnowledgeFilter? filter, int k)
    {
        ArgumentNullException.ThrowIfNull(query);
        var normalised = Normalise(query);
        _lock.EnterReadLock();
        try
        {
            return _documents.Values.SelectMany(v => v)
                .Where(e => Passes(e.Chunk, filter) && e.Vector.Length == normalised.Length)
                .Select(e => (e.Chunk, Similarity: TensorPrimitives.Dot(e.Vector, normalised)))
                .OrderByDescending(e => e.Similarity)
                .ThenBy(e => e.Chunk.Id, StringComparer.Ordinal)
                .Take(k)
                .ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private static bool Passes(KnowledgeChunk chunk, KnowledgeFilter? filter) =>
        filter is null
        || ((filter.Domain is null || filter.Domain == chunk.Domain)
            && (filter.Department is null || filter.Department == chunk.Department)
            && (filter.Lang is null || filter.Lang == chunk.Lang));

    private static float[] Normalise(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        var result = new float[vector.Length];
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, result);
        }

        return result;
    }
}
