using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Assistant;

/// <summary>What the knowledge base found for a question.</summary>
/// <param name="Bm25">BM25 hits, best first (relevance is judged on them).</param>
/// <param name="Passages">Passages to answer from: BM25, or BM25 fused with dense vectors.</param>
/// <param name="Extractive">The extractive answer or refusal.</param>
public sealed record Retrieval(IReadOnlyList<KnowledgeHit> Bm25, IReadOnlyList<KnowledgeHit> Passages, Answer Extractive);
