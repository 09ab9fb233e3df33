using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dasan.Web.Api;

/// <summary>
/// <c>POST /api/v1/ask/stream</c>: the answer as server-sent events — first, when the question tells of danger to life,
/// an <c>emergency</c> event with whom to call (<c>{"call","message"}</c>); <c>delta</c> events with generated text as
/// it arrives (<c>{"text"}</c>), then one <c>answer</c> event with the checked answer (an <see cref="AskView"/>),
/// which replaces whatever was streamed (the extractive answer when the model failed or cited wrongly).
/// </summary>
public static class AskStream
{
    public static ServerSentEventsResult<string> StreamAsync(AskBody body, GroundedAnswerGenerator generator, ITextProtector text, AssistantAnswerRecorder log, CancellationToken ct)
    {
        var masked = AskApi.MaskedQuestion(body, text);
        var filter = AskApi.Filter(body);
        return TypedResults.ServerSentEvents(Events(generator, log, masked, filter, ct));
    }

    private static async IAsyncEnumerable<SseItem<string>> Events(
        GroundedAnswerGenerator generator, AssistantAnswerRecorder log, string masked, KnowledgeFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var step in generator.StreamAsync(masked, filter, ct))
        {
            if (step.Reply is { } reply)
            {
                await log.RecordAsync("page", masked, reply.Answer.Refused, reply.Answer.Citations.Count, ct);
                yield return new SseItem<string>(JsonSerializer.Serialize(AskView.Of(reply), JsonSerializerOptions.Web), "answer");
            }
            else if (step.Emergency is { } emergency)
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(emergency, JsonSerializerOptions.Web), "emergency");
            }
            else
            {
                yield return new SseItem<string>(JsonSerializer.Serialize(new { text = step.Delta }, JsonSerializerOptions.Web), "delta");
            }
        }
    }
}
