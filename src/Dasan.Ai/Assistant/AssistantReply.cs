using Dasan.Ai.Knowledge;
using Dasan.Core.Requests;

namespace Dasan.Ai.Assistant;

/// <summary>The assistant's answer and how it was made.</summary>
/// <param name="Answer">The answer text with [n] citations, or a refusal.</param>
/// <param name="Generated">True when a language model wrote it (and its citations passed the check).</param>
/// <param name="Fallback">Why a configured model's answer was not used: <c>unavailable</c>, <c>slow</c>,
/// <c>citations</c> (it cited a passage that does not exist, or none); null otherwise.</param>
/// <param name="Emergency">Whom to call now when the question tells of danger to life (<see cref="CrisisNotice"/>), shown
/// before the answer; null otherwise.</param>
public sealed record AssistantReply(Answer Answer, bool Generated, string? Fallback, EmergencyAdvice? Emergency = null);
