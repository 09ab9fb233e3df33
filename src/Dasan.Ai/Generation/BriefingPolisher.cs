using System.Text;
using Dasan.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Dasan.Ai.Generation;

/// <summary>
/// Rewrites an extractive briefing with the configured language model, from numbered evidence only. The
/// polished text is returned only when every [n] it cites names an evidence item; otherwise null, and the
/// caller keeps the extractive draft. Without a model it always returns null.
/// </summary>
public sealed class BriefingPolisher(LlmOptions options, ITextProtector text, ILogger<BriefingPolisher> logger, IChatClient? chat = null)
{
    /// <summary>True when a chat model is configured.</summary>
    public bool Enabled => chat is not null;

    /// <summary>The polished briefing, or null when there is no model, it fails or it cites wrongly.</summary>
    public async Task<string?> PolishAsync(string title, IReadOnlyList<string> evidence, string draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (chat is null || evidence.Count == 0)
        {
            return null;
        }

        var numbered = new StringBuilder();
        for (var i = 0; i < evidence.Count; i++)
        {
            numbered.Append('[').Append(i + 1).Append("] ").Append(evidence[i].ReplaceLineEndings(" ")).Append('\n');
        }

        var user = PromptTemplates.BriefingPolishUser
            .Replace("{title}", title, StringComparison.Ordinal)
            .Replace("{evidence}", numbered.ToString().TrimEnd(), StringComparison.Ordinal)
            .Replace("{draft}", draft, StringComparison.Ordinal);
        List<ChatMessage> messages =
        [
            new(ChatRole.System, PromptTemplates.BriefingPolishSystem),
            new(ChatRole.User, text.Mask(user).Text), // nothing personal leaves, even if a caller forgot to mask
        ];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            var response = await chat.GetResponseAsync(messages, new ChatOptions { Temperature = 0.2f, MaxOutputTokens = options.MaxOutputTokens * 2 }, timeout.Token);
            var polished = response.Text.Trim();
            var verdict = CitationCheck.Verify(polished, evidence.Count);
            if (verdict.Passes)
            {
                return polished;
            }

            logger.LogWarning("Polished briefing cited [{Invalid}] of {Count} evidence items; keeping the extractive draft", string.Join(",", verdict.Invalid), evidence.Count);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning("Language model unavailable for the briefing ({Error}); keeping the extractive draft", e.Message);
            return null;
        }
    }
}
