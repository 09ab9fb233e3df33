namespace Dasan.Ai.Knowledge;

/// <summary>
/// Fuses BM25 and dense rankings with reciprocal rank fusion (score = Σ 1/(60 + rank)). Without an
/// embedding source, or with an empty vector store, it returns the BM25 ranking unchanged.
/// </summary>
public sealed class HybridSearcher
{
    /// <summary>The RRF constant k.</summary>
    public const int RrfK = 60;

    private const int Depth = 50;
    private readonly KnowledgeIndex _index;
    private readonly DenseVectorStore _vectors;
    private readonly IEmbeddingSource? _embeddings;

    /// <summary>Creates a searcher; <paramref name="embeddings"/> may be null when no embedding model is configured.</summary>
    public HybridSearcher(KnowledgeIndex index, DenseVectorStore vectors, IEmbeddingSource? embeddings)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _vectors = vectors ?? throw new ArgumentNullException(nameof(vectors));
        _embeddings = embeddings;
    }

    /// <summary>Embeds a document's chunks and stores the vectors (call next to <see cref="KnowledgeIndex.Replace"/>).</summary>
    public async Task IndexVectorsAsync(string documentId, IReadOnlyList<KnowledgeChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        if (_embeddings is null)
        {
            return;
        }

        var vectors = await _embeddings.EmbedAsync(chunks.Select(c => c.Title + "\n" + c.Section + "\n" + c.Text).ToList()).ConfigureAwait(false);
        _vectors.Replace(documentId, chunks, vectors);
    }

    /// <summary>The best <paramref name="k"/> chunks by fused rank; snippets come from BM25 when it found the chunk.</summary>
    public async Task<IReadOnlyList<KnowledgeHit>> SearchAsync(string query, KnowledgeFilter? filter = null, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var lexical = _index.Search(query, filter, Math.Max(k, Depth));
        if (_embeddings is null || _vectors.Count == 0)
        {
            return lexical.Take(k).ToList();
        }

        var vector = (await _embeddings.EmbedAsync([query]).ConfigureAwait(false))[0];
        var dense = _vectors.Search(vector, filter, Math.Max(k, Depth));
        var fused = new Dictionary<string, (KnowledgeHit Hit, double Score)>(StringComparer.Ordinal);
        for (var rank = 0; rank < lexical.Count; rank++)
        {
            fused[lexical[rank].Chunk.Id] = (lexical[rank], 1.0 / (RrfK + rank + 1));
        }

        for (var rank = 0; rank < dense.Count; rank++)
        {
            var chunk = dense[rank].Chunk;
            var previous = fused.TryGetValue(chunk.Id, out var found) ? found : (new KnowledgeHit(chunk, 0, SnippetHighlighter.Plain(chunk.Text)), 0);
            fused[chunk.Id] = (previous.Item1, previous.Item2 + (1.0 / (RrfK + rank + 1)));
        }

        return fused.Values
            .OrderByDescending(f => f.Score)
            .ThenBy(f => f.Hit.Chunk.Id, StringComparer.Ordinal)
            .Take(k)
            .Select(f => f.Hit with { Score = (float)f.Score })
            .ToList();
    }
}
