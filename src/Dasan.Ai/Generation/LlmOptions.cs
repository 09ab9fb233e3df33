namespace Dasan.Ai.Generation;

/// <summary>
/// The optional language-model back-end (section <c>Dasan:Llm</c>): any OpenAI-compatible server (vLLM, Ollama,
/// DeepSeek, OpenAI). Without <see cref="Endpoint"/> and <see cref="Model"/> the assistant answers extractively.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Dasan:Llm";

    /// <summary>Base address including the version path, e.g. <c>http://127.0.0.1:11434/v1</c>. Default: none (no LLM).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Chat model name, e.g. <c>qwen2.5:7b</c>. Default: none.</summary>
    public string? Model { get; set; }

    /// <summary>Bearer key for the endpoint; from configuration or the environment (DASAN_Dasan__Llm__ApiKey), never the repo.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Embedding model for <c>/v1/embeddings</c> (dense search fused with BM25). Default: none (BM25 only).</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Embedding server when it differs from <see cref="Endpoint"/>. Default: <see cref="Endpoint"/>.</summary>
    public string? EmbeddingEndpoint { get; set; }

    /// <summary>Seconds to wait for the first streamed token before falling back to the extractive answer. Default 8.</summary>
    public double FirstTokenTimeoutSeconds { get; set; } = 8;

    /// <summary>Seconds a whole generated answer may take before falling back. Default 45.</summary>
    public double TimeoutSeconds { get; set; } = 45;

    /// <summary>Passages given to the model, numbered [1]..[n]. Default 4.</summary>
    public int Passages { get; set; } = 4;

    /// <summary>Upper bound of generated tokens. Default 600.</summary>
    public int MaxOutputTokens { get; set; } = 600;

    public bool ChatConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    public bool EmbeddingsConfigured =>
        !string.IsNullOrWhiteSpace(EmbeddingModel) && !string.IsNullOrWhiteSpace(EmbeddingEndpoint ?? Endpoint);
}
