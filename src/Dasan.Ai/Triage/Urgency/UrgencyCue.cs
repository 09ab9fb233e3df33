namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// One lexicon entry. Every part is a list of alternatives written without spaces; all parts must
/// occur in one clause. A single-part cue competes for its span with the other single-part cues
/// (the longest wins, so a <see cref="Urgency.Normal"/> phrase such as 화재예방 silences 화재).
/// </summary>
/// <param name="Level">The level the cue raises a clause to; Normal for phrases that only neutralise.</param>
/// <param name="Category">The Korean category shown to staff.</param>
/// <param name="Parts">Alternatives per part.</param>
/// <param name="DocumentContext">When set, one of these must occur somewhere in the whole text.</param>
/// <param name="NeedsOngoing">True when the cue counts only with an ongoing marker (지금, 계속, -고 있).</param>
/// <param name="Intent">A stated intent to die (번개탄 피우려고, 다 끝내겠다): counts unless negated, whatever the frame.</param>
/// <param name="Firm">A lesser hazard whose words read as danger (불법 소각: smoke, fire): the learned model may not raise it to
/// critical (ADR 0108).</param>
internal sealed record UrgencyCue(
    Urgency Level,
    string Category,
    IReadOnlyList<string[]> Parts,
    IReadOnlyList<string>? DocumentContext = null,
    bool NeedsOngoing = false,
    bool Intent = false,
    bool Firm = false)
{
    public static UrgencyCue Any(Urgency level, string category, params string[] phrases) => new(level, category, [phrases]);

    public static UrgencyCue All(Urgency level, string category, params string[][] parts) => new(level, category, parts);
}
