using Dasan.Ai.Assistant;
using Dasan.Ai.Generation;
using Microsoft.Extensions.AI;

namespace Dasan.Web.Hosting;

/// <summary>The knowledge assistant and its optional language-model and embedding back-ends.</summary>
public static class AssistantRegistration
{
    public static IServiceCollection AddDasanAssistant(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var llm = configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        Validate(llm);
        services.AddSingleton(llm);
        if (LlmClientFactory.CreateChat(llm) is { } chat)
        {
            services.AddSingleton(chat);
        }

        var embeddings = LlmClientFactory.CreateEmbeddings(llm);
        services.AddSingleton(sp => new KnowledgeBase(
            Path.Combine(dataDirectory, "index", "knowledge"),
            sp.GetRequiredService<TimeProvider>(),
            embeddings is null ? null : new GeneratorEmbeddingSource(embeddings),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<KnowledgeBase>()));
        services.AddScoped(sp => new GroundedAnswerGenerator(
            sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<Dasan.Core.Data.DasanDbContext>(),
            sp.GetRequiredService<Dasan.Core.Text.ITextProtector>(), llm,
            sp.GetRequiredService<ILogger<GroundedAnswerGenerator>>(), sp.GetService<IChatClient>(),
            sp.GetService<Dasan.Ai.Triage.Urgency.UrgencyClassifier>()));
        services.AddSingleton(sp => new BriefingPolisher(
            llm, sp.GetRequiredService<Dasan.Core.Text.ITextProtector>(), sp.GetRequiredService<ILogger<BriefingPolisher>>(), sp.GetService<IChatClient>()));
        services.AddScoped<KnowledgeIngestor>();
        services.AddScoped<KnowledgeSeeder>();
        services.AddScoped<DraftReplyBuilder>();
        return services;
    }

    private static void Validate(LlmOptions llm)
    {
        foreach (var endpoint in new[] { llm.Endpoint, llm.EmbeddingEndpoint })
        {
            if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
            {
                throw new InvalidOperationException($"{LlmOptions.Section}: '{endpoint}' is not an absolute URL (e.g. http://127.0.0.1:11434/v1).");
            }
        }

        if (llm.FirstTokenTimeoutSeconds <= 0 || llm.TimeoutSeconds < llm.FirstTokenTimeoutSeconds || llm.Passages is < 1 or > 10)
        {
            throw new InvalidOperationException($"{LlmOptions.Section}: FirstTokenTimeoutSeconds must be > 0, TimeoutSeconds ≥ FirstTokenTimeoutSeconds, Passages 1–10.");
        }
    }
}
