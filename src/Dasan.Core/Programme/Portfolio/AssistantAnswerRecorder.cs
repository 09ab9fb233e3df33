using Dasan.Core.Data;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>Records each answer of the knowledge assistant (masked question, citations, refusal) for the live KPIs.</summary>
public sealed class AssistantAnswerRecorder(DasanDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string channel, string maskedQuestion, bool refused, int citations, CancellationToken ct)
    {
        db.AssistantAnswers.Add(new AssistantAnswerLog
        {
            At = clock.GetUtcNow().UtcDateTime, Channel = channel, Refused = refused, Citations = citations,
            MaskedQuestion = maskedQuestion.Length > AssistantAnswerLog.QuestionMax ? maskedQuestion[..AssistantAnswerLog.QuestionMax] : maskedQuestion,
        });
        await db.SaveChangesAsync(ct);
    }
}
