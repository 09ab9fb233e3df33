using System.Globalization;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Combines the lexicon with the learned model (ADR 0108), recall first. The model raises a text the lexicon rated
/// normal to critical when it gives danger at least <see cref="PromoteAt"/> and the text does not say the danger is
/// over; it lowers a lexicon critical to high only when it gives danger less than <see cref="VetoBelow"/>, and never
/// for a stated intent to die or a text mostly not in Korean. Both thresholds were chosen leaving one training writer
/// out at a time (four writers), never on the reporting sentences.
/// </summary>
internal static class UrgencyArbiter
{
    /// <summary>Model probability of danger at or above which a text is critical without a lexicon cue.</summary>
    public const double PromoteAt = 0.5;

    /// <summary>Model probability below which a lexicon critical (no stated intent, mostly Korean) is lowered to high.</summary>
    public const double VetoBelow = 0.05;

    public static UrgencyAssessment Decide(UrgencyAssessment lexicon, double probability, bool settled, bool intent,
        double promoteAt = PromoteAt, double vetoBelow = VetoBelow)
    {
        if (lexicon.Level == Urgency.Critical)
        {
            return probability >= vetoBelow || intent
                ? lexicon with { Confidence = Math.Max(lexicon.Confidence, probability) }
                : new UrgencyAssessment(Urgency.High, $"{lexicon.Reason} (위험 표현이 있으나 AI 모델은 지금 위급한 상황이 아니라고 판단, {Percent(probability)})", lexicon.Cues, 0.5);
        }

        // A hazard the lexicon recognised as lesser (불법 소각, 정전) stays high: the model reads its words as danger.
        if (lexicon.Level == Urgency.Normal && probability >= promoteAt && !settled)
        {
            return new UrgencyAssessment(Urgency.Critical, $"생명·안전 위험 가능성: AI 모델 판단 {Percent(probability)}", [.. lexicon.Cues, "AI 모델"], probability);
        }

        return lexicon;
    }

    private static string Percent(double p) => p.ToString("P0", CultureInfo.GetCultureInfo("ko-KR"));
}
