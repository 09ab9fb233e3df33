using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Subword;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// The learned half of urgency (ADR 0108, 0109): the probability that a text describes danger to life now, from two
/// models trained on the same sentences and read together — the linear model over Korean stems and character n-grams,
/// and the subword-embedding model (fastText's design). Thread-safe.
/// </summary>
public sealed class UrgencyScorer(TrainedTextClassifier linear, SubwordClassifier? subword, double subwordWeight = UrgencyScorer.DefaultSubwordWeight, bool vetoNeedsBothModels = true)
{
    /// <summary>The share of the subword model in the blend, chosen leaving one writer out (ADR 0109).</summary>
    public const double DefaultSubwordWeight = 0.5;

    /// <summary>The linear model over Korean stems, word pairs and character n-grams (ADR 0102).</summary>
    public TrainedTextClassifier Linear { get; } = linear ?? throw new ArgumentNullException(nameof(linear));

    /// <summary>The subword-embedding model, or null to read with the linear model alone.</summary>
    public SubwordClassifier? Subword { get; } = subword;

    /// <summary>The subword model's share of the blended danger, between 0 and 1 (0 without a subword model).</summary>
    public double SubwordWeight { get; } = subword is null ? 0
        : subwordWeight is >= 0 and <= 1 ? subwordWeight
        : throw new ArgumentOutOfRangeException(nameof(subwordWeight), subwordWeight, "The subword share is between 0 and 1.");

    /// <summary>When true, a lexicon critical is lowered only when both models give it little danger (ADR 0109).</summary>
    public bool VetoNeedsBothModels { get; } = vetoNeedsBothModels;

    /// <summary>The same models with another blend or veto (evaluation runs).</summary>
    public UrgencyScorer With(double weight, bool vetoNeedsBoth) => new(Linear, Subword, weight, vetoNeedsBoth);

    /// <summary>Probability that the text describes danger to life now (the <c>critical</c> label), blended.</summary>
    public double CriticalProbability(string text) => Read(text).Danger;

    /// <summary>The blended probability of danger, and the one a lexicon critical is weighed by before a veto.</summary>
    public UrgencyReading Read(string text)
    {
        var linear = SubwordWeight >= 1 && !VetoNeedsBothModels ? 0 : LinearProbability(text);
        var subword = Subword is null || (SubwordWeight <= 0 && !VetoNeedsBothModels) ? linear : Subword.Probability(text, "critical");
        var danger = ((1 - SubwordWeight) * linear) + (SubwordWeight * subword);
        return new UrgencyReading(danger, VetoNeedsBothModels ? Math.Max(linear, subword) : danger, Math.Max(linear, subword));
    }

    private double LinearProbability(string text)
    {
        Span<double> probabilities = stackalloc double[Linear.Labels.Count];
        Linear.PredictProbabilities(text, probabilities);
        for (var i = 0; i < Linear.Labels.Count; i++)
        {
            if (Linear.Labels[i] == "critical")
            {
                return probabilities[i];
            }
        }

        return 0;
    }
}
