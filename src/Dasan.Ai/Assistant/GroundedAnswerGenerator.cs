using System.Runtime.CompilerServices;
using System.Text;
using Dasan.Ai.Generation;
using Dasan.Ai.Knowledge;
using Dasan.Core.Data;
using Dasan.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Dasan.Ai.Assistant;

/// <summary>
/// Answers a masked question from the knowledge base. With a chat model configured and a relevant passage
/// found, the model writes the answer from numbered passages, streamed piece by piece; the final reply is
/// used only when every citation names a passage. Otherwise — no model, model down, slow or citing wrongly —
/// the extractive answer is the reply. Questions the knowledge base does not answer never reach the model.
/// </summary>
public sealed class GroundedAnswerGenerator(
    KnowledgeBase kb, DasanDbContext db, ITextProtector text, LlmOptions options, ILogger<GroundedAnswerGenerator> logger,
    IChatClient? chat = null, Triage.Urgency.UrgencyClassifier? urgency = null)
{
    /// <summary>True when a chat model is configured.</summary>
    public bool UsesModel => chat is not null;

    /// <summary>The final reply, without streaming.</summary>
    public async Task<AssistantReply> AnswerAsync(string maskedQuestion, KnowledgeFilter? filter, CancellationToken ct)
    {
        await foreach (var step in StreamAsync(maskedQuestion, filter, ct))
        {
            if (step.Reply is { } reply)
            {
                return reply;
            }
        }

        throw new InvalidOperationException("The answer stream ended without a final reply.");
    }

    /// <summary>
    /// Generated text as it arrives, then the final checked reply (always last). A question that tells of danger to life
    /// now gets whom to call first, before anything else, and again on the reply (<see cref="CrisisNotice"/>).
    /// </summary>
    public async IAsyncEnumerable<AnswerEvent> StreamAsync(string maskedQuestion, KnowledgeFilter? filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var crisis = urgency is null ? null : CrisisNotice.Read(urgency, maskedQuestion);
        var emergency = crisis?.Advice;
        if (emergency is not null)
        {
            yield return AnswerEvent.Alert(emergency); // before the search and the model: a reader in danger sees it at once
        }

        await foreach (var step in StreamRepliesAsync(maskedQuestion, filter, crisis, ct))
        {
            yield return emergency is not null && step.Reply is { } reply
                ? AnswerEvent.Final(reply with { Answer = reply.Answer.Refused ? reply.Answer with { Text = Crisis.NoGuide } : reply.Answer, Emergency = emergency })
                : step; // under the card a refusal does not send the reader to 120: the number to call is above
        }
    }

    private async IAsyncEnumerable<AnswerEvent> StreamRepliesAsync(string maskedQuestion, KnowledgeFilter? filter, Crisis? crisis, [EnumeratorCancellation] CancellationToken ct)
    {
        var found = await kb.RetrieveAsync(db, maskedQuestion, filter, ct);
        if (crisis is not null && !found.Extractive.Refused && !crisis.Fits(found))
        {
            // Under the call card, no answer from a guide about something else (아이가 숨을 안 쉬어요: not the childcare service).
            yield return AnswerEvent.Final(new AssistantReply(new Answer(Crisis.NoGuide, true, [], null, found.Extractive.Relevance), false, null));
            yield break;
        }

        if (chat is null || found.Extractive.Refused)
        {
            yield return AnswerEvent.Final(new AssistantReply(found.Extractive, false, null));
            yield break;
        }

        var passages = found.Passages.Take(Math.Max(1, options.Passages)).ToList();
        var messages = GroundedPrompt.Build(maskedQuestion, passages);
        foreach (var message in messages)
        {
            // Defence in depth: the question and the chunks are masked already; nothing personal may leave.
            message.Contents = [new TextContent(text.Mask(message.Text).Text)];
        }

        var written = new StringBuilder();
        string? failure = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.FirstTokenTimeoutSeconds));
        var started = false;
        var stream = chat.GetStreamingResponseAsync(messages, new ChatOptions { Temperature = 0.1f, MaxOutputTokens = options.MaxOutputTokens }, timeout.Token)
            .GetAsyncEnumerator(timeout.Token);
        try
        {
            while (true)
            {
                string? piece;
                try
                {
                    if (!await stream.MoveNextAsync())
                    {
                        break;
                    }

                    piece = stream.Current.Text;
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    failure = "slow";
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("Language model unavailable ({Error}); answering extractively", e.Message);
                    failure = "unavailable";
                    break;
                }

                if (!started)
                {
                    started = true;
                    timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(options.TimeoutSeconds - options.FirstTokenTimeoutSeconds, 1)));
                }

                if (!string.IsNullOrEmpty(piece))
                {
                    written.Append(piece);
                    yield return AnswerEvent.Piece(piece);
                }
            }
        }
        finally
        {
            await DisposeQuietlyAsync(stream);
        }

        yield return AnswerEvent.Final(Finish(found, passages, written.ToString().Trim(), failure));
    }

    private AssistantReply Finish(Retrieval found, List<KnowledgeHit> passages, string generated, string? failure)
    {
        if (failure is not null)
        {
            logger.LogInformation("Generated answer not used: {Reason}", failure);
            return new AssistantReply(found.Extractive, false, failure);
        }

        if (generated.StartsWith(PromptTemplates.NoAnswerMarker, StringComparison.Ordinal))
        {
            return new AssistantReply(ExtractiveAnswerer.Refuse(found.Extractive.Department, found.Extractive.Relevance), true, null);
        }

        var verdict = CitationCheck.Verify(generated, passages.Count);
        if (!verdict.Passes)
        {
            logger.LogWarning("Generated answer cited [{Invalid}] of {Count} passages; answering extractively", string.Join(",", verdict.Invalid), passages.Count);
            return new AssistantReply(found.Extractive, false, "citations");
        }

        var citations = verdict.Cited.Select(n =>
        {
            var hit = passages[n - 1];
            return new Citation(n, hit.Chunk.Id, hit.Chunk.DocumentId, hit.Chunk.Title, hit.Chunk.Section, hit.Snippet);
        }).ToList();
        var answer = new Answer(generated, false, citations, found.Extractive.Department, found.Extractive.Relevance);
        return new AssistantReply(answer, true, null);
    }

    private static async Task DisposeQuietlyAsync(IAsyncEnumerator<ChatResponseUpdate> stream)
    {
        try
        {
            await stream.DisposeAsync();
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            // The connection was cancelled or broken: nothing left to release.
        }
    }
}
