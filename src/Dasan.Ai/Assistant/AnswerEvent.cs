using Dasan.Core.Requests;

namespace Dasan.Ai.Assistant;

/// <summary>One step of a streamed answer: whom to call in danger (first, before anything else), a piece of generated
/// text, or the final checked reply.</summary>
/// <param name="Delta">Generated text to append (null on the other events).</param>
/// <param name="Reply">The final reply (null on the other events). It replaces everything streamed before it.</param>
/// <param name="Emergency">Whom to call now, when the question tells of danger to life (null on the other events).</param>
public sealed record AnswerEvent(string? Delta, AssistantReply? Reply, EmergencyAdvice? Emergency = null)
{
    public static AnswerEvent Piece(string text) => new(text, null);

    public static AnswerEvent Final(AssistantReply reply) => new(null, reply);

    public static AnswerEvent Alert(EmergencyAdvice advice) => new(null, null, advice);
}
