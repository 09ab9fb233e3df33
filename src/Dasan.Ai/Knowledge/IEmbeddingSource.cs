namespace Dasan.Ai.Knowledge;

/// <summary>Turns texts into dense vectors (the platform implements it against an OpenAI-compatible /v1/embeddings).</summary>
public interface IEmbeddingSource
{
    /// <summary>One vector per text, in order; all vectors have the same dimension.</summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> texts);
}
