using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Dasan.Ai.Generation;

/// <summary>Creates Microsoft.Extensions.AI clients for an OpenAI-compatible server from <see cref="LlmOptions"/>.</summary>
public static class LlmClientFactory
{
    /// <summary>The chat client, or null when no chat model is configured.</summary>
    public static IChatClient? CreateChat(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ChatConfigured
            ? Client(options.Endpoint!, options).GetChatClient(options.Model).AsIChatClient()
            : null;
    }

    /// <summary>The embedding generator, or null when no embedding model is configured.</summary>
    public static IEmbeddingGenerator<string, Embedding<float>>? CreateEmbeddings(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EmbeddingsConfigured
            ? Client((options.EmbeddingEndpoint ?? options.Endpoint)!, options).GetEmbeddingClient(options.EmbeddingModel).AsIEmbeddingGenerator()
            : null;
    }

    // No client-side retries: a slow or failing back-end must fall back to the extractive answer quickly.
    private static OpenAIClient Client(string endpoint, LlmOptions options) =>
        new(new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(endpoint.TrimEnd('/') + "/"),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds)),
        });
}
