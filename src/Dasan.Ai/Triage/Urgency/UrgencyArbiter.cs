using System.Globalization;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Combines the lexicon with the learned models (ADR 0108, 0109), recall first. The models raise a text the lexicon rated
/// normal to critical when their blend gives danger at least <see cref="PromoteAt"/> (or either alone
/// <see cref="PromoteEitherAt"/>) and the text does not say the danger is over (a text the lexicon rated high, or whose
/// critical cue it read as past or talk, needs <see cref="PromoteHighAt"/> or <see cref="PromoteFramedAt"/>); they lower a
/// lexicon critical to high only when both give danger less than <see cref="VetoBelow"/>, and never
/// for a stated intent to die, a text mostly not in Korean or one longer than the models have read (<see cref="VetoReadsUpTo"/>). Every threshold was chosen leaving one training writer
/// out at a time, never on the reporting sentences.
/// </summary>
internal static class UrgencyArbiter
{
    /// <summary>Model probability of danger at or above which a text is critical without a lexicon cue (0.5 with the
    /// linear model alone; 0.6 with the blend of ADR 0109; 0.3 once writers I, J and K taught the models the lesser hazards;
    /// 0.25 once the catalog's everyday requests joined the training, the bar that finds at least as many dangers as before
    /// with fewer false alarms; all chosen leaving one writer out, ADR 0108).</summary>
    public const double PromoteAt = 0.25;

    /// <summary>
    /// Fewest letters a text with no danger word must have for the models to raise it to critical; below it they raise it to
    /// high at most. On everyday citizen text (petition titles) the models rated one short fragment in six critical, bare
    /// numbers and names at 100 %; leaving each training writer out, no danger the models alone found had fewer than 13
    /// letters (ADR 0108, twenty-fourth session).
    /// </summary>
    public const int ModelReadsFromLetters = 12;


    /// <summary>
    /// Longest text (characters, after normalisation, spaces removed) the models may veto: they average a text's features,
    /// so a danger at the end of a long letter is diluted, and no training sentence is longer than about 550 characters.
    /// </summary>
    public const int VetoReadsUpTo = 1000;

    /// <summary>Model probability below which a lexicon critical (no stated intent, mostly Korean) is lowered to high.</summary>
    public const double VetoBelow = 0.05;

    /// <summary>Model probability at or above which a text the lexicon rated high (a lesser hazard) is critical.</summary>
    public const double PromoteHighAt = 0.7;

    /// <summary>
    /// Model probability at or above which a text is critical although the lexicon read its only critical cue as negated,
    /// past or talk (the lexicon read the frame; the model only reads words).
    /// </summary>
    public const double PromoteFramedAt = 0.8;

    /// <summary>
    /// Model probability at or above which a lexicon high that the lexicon holds firm — illegal burning, whose smoke and fire
    /// words the model reads as danger, or a hazard the text says endangers nobody — is critical: the model must be all but
    /// sure (the shipped blend gives 93 % to "밭에서 비닐을 태워서 연기가 집으로 들어와요").
    /// </summary>
    public const double PromoteFirmAt = 0.95;

    /// <summary>
    /// Model probability at or above which a text told only in the past (있었어요, 어제, nothing ongoing) is critical: the
    /// past tense is also how a writer tells what happened a minute ago (욕조에 아기가 엎어져 있었어요).
    /// </summary>
    public const double PromotePastAt = 0.8;

    /// <summary>
    /// Probability at or above which either model alone makes a text critical (not a firm lexicon high): the blend must not
    /// lose a danger one model is all but sure of because the other reads it differently (ADR 0109).
    /// </summary>
    public const double PromoteEitherAt = 0.9;

    public static UrgencyAssessment Decide(UrgencyAssessment lexicon, UrgencyReading reading, bool settled, bool framed, bool vetoBarred, UrgencyThresholds thresholds, bool fragment = false)
    {
        var probability = reading.Danger;
        if (lexicon.Level == Urgency.Critical)
        {
            return reading.VetoDanger >= thresholds.VetoBelow || vetoBarred
                ? lexicon with { Confidence = Math.Max(lexicon.Confidence, probability) }
                : new UrgencyAssessment(Urgency.High, $"{lexicon.Reason} (위험 표현이 있으나 AI 모델은 지금 위급한 상황이 아니라고 판단, {Percent(reading.VetoDanger)})", lexicon.Cues, 0.5);
        }

        if (settled)
        {
            return lexicon;
        }

        // A hazard the lexicon recognised as lesser (정전, 폭염 with an elder) needs more: the model reads its words as danger.
        var bar = Math.Max(lexicon.Level == Urgency.High ? thresholds.PromoteHighAt : thresholds.PromoteAt, framed ? thresholds.PromoteFramedAt : 0);
        var either = reading.Highest >= Math.Max(bar, thresholds.PromoteEitherAt);
        var shown = either ? reading.Highest : probability;
        if (!(probability >= bar || either))
        {
            return lexicon;
        }

        return fragment
            ? new UrgencyAssessment(Urgency.High, $"위험 가능성: AI 모델 판단 {Percent(shown)} (글이 짧아 긴급으로 올리지 않음)", [.. lexicon.Cues, "AI 모델"], shown)
            : new UrgencyAssessment(Urgency.Critical, $"생명·안전 위험 가능성: AI 모델 판단 {Percent(shown)}", [.. lexicon.Cues, "AI 모델"], shown);
    }

    private static string Percent(double p) => p.ToString("P0", CultureInfo.GetCultureInfo("ko-KR"));
}
