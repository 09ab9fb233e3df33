namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// One answer of the knowledge assistant, recorded for the programme's live KPIs (citations, refusals).
/// Holds the masked question only.
/// </summary>
public sealed class AssistantAnswerLog
{
    public const int QuestionMax = 1000;

    public long Id { get; set; }
    public DateTime At { get; set; }

    /// <summary>api, page or cli.</summary>
    public required string Channel { get; set; }

    public bool Refused { get; set; }
    public int Citations { get; set; }
    public required string MaskedQuestion { get; set; }
}
