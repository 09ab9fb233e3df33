using System.Text;
using Dasan.Ai.Knowledge;
using Microsoft.Extensions.AI;

namespace Dasan.Ai.Generation;

/// <summary>Builds the chat messages for a grounded answer: the system rules and the numbered passages.</summary>
public static class GroundedPrompt
{
    private const int MaxPassageChars = 1200;

    /// <summary>Messages for <paramref name="question"/> over <paramref name="passages"/>, numbered from 1.</summary>
    public static List<ChatMessage> Build(string question, IReadOnlyList<KnowledgeHit> passages)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(passages);
        var text = new StringBuilder();
        for (var i = 0; i < passages.Count; i++)
        {
            var chunk = passages[i].Chunk;
            var body = chunk.Text.Length > MaxPassageChars ? chunk.Text[..MaxPassageChars] + "…" : chunk.Text;
            text.Append('[').Append(i + 1).Append("] ").Append(chunk.Title).Append(" › ").Append(chunk.Section)
                .Append(chunk.Department is null ? "\n" : $" ({chunk.Department})\n").Append(body.Trim()).Append("\n\n");
        }

        var user = PromptTemplates.GroundedAnswerUser
            .Replace("{question}", question, StringComparison.Ordinal)
            .Replace("{passages}", text.ToString().TrimEnd(), StringComparison.Ordinal);
        return [new ChatMessage(ChatRole.System, PromptTemplates.GroundedAnswerSystem), new ChatMessage(ChatRole.User, user)];
    }
}
