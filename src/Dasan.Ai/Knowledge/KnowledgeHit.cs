namespace Dasan.Ai.Knowledge;

/// <summary>A ranked chunk.</summary>
/// <param name="Chunk">The matching chunk.</param>
/// <param name="Score">BM25 score, or the fused reciprocal-rank score from <see cref="HybridSearcher"/>.</param>
/// <param name="Snippet">The best fragment, HTML-encoded, query terms wrapped in &lt;mark&gt;…&lt;/mark&gt;.</param>
public sealed record KnowledgeHit(KnowledgeChunk Chunk, float Score, string Snippet);
