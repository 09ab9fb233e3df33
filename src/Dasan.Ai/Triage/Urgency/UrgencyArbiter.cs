using System.Globalization;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Combines the lexicon with the learned model (ADR 0103, issue 14), recall first: the model raises a text the lexicon
/// missed (rated normal) to critical when it is confident and the text does not say the danger is over. It never lowers a lexicon
/// critical: measured across writers, a veto removed more real emergencies than false alarms (ADR 0108). The
/// threshold was chosen on the training writers' cross-scores and the tuning sentences.
/// </summary>
internal static class UrgencyArbiter
{
    /// <summary>Model probability of danger at or above which a text is critical without a lexicon cue.</summary>
    public const double PromoteAt = 0.6;

    public static UrgencyAssessment Decide(UrgencyAssessment lexicon, double probability, bool settled)
    {
        if (lexicon.Level == Urgency.Critical)
        {
            return lexicon with { Confidence = Math.Max(lexicon.Confidence, probability) };
        }

        // A hazard the lexicon recognised as lesser (불법 소각, 정전) stays high: the model reads its words as danger.
        if (lexicon.Level == Urgency.Normal && probability >= PromoteAt && !settled)
        {
            return new UrgencyAssessment(Urgency.Critical, $"생명·안전 위험 가능성: AI 모델 판단 {Percent(probability)}", [.. lexicon.Cues, "AI 모델"], probability);
        }

        return lexicon;
    }

    private static string Percent(double p) => p.ToString("P0", CultureInfo.GetCultureInfo("ko-KR"));
}
