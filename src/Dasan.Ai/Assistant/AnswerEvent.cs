namespace Dasan.Ai.Assistant;

/// <summary>One step of a streamed answer: a piece of generated text, or the final checked reply.</summary>
/// <param name="Delta">Generated text to append (null on the final event).</param>
/// <param name="Reply">The final reply (null on delta events). It replaces everything streamed before it.</param>
public sealed record AnswerEvent(string? Delta, AssistantReply? Reply)
{
    public static AnswerEvent Piece(string text) => new(text, null);

    public static AnswerEvent Final(AssistantReply reply) => new(null, reply);
}
